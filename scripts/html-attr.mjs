// One attribute's value in one HTML tag, quoted or not (Trunk's minifier drops quotes):
// shared by scripts/post-build.mjs, scripts/inline-single.mjs and scripts/bundle-size.mjs.
export const attr = (tag, name) => {
  const match = new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4]) : null;
};
