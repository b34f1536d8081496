//! Shared pieces of the active-learning features: the plain-text asset format that
//! challenges and lessons are written in, and reading their URL keys.

pub mod query_key;
pub mod records;
