//! The book's trace table beside a figure preset's run (OSTEP figures 30.9 and 30.11, and
//! chapter 31's deadlock): per thread the line it ran and its state, then the count and
//! the book's comment, with the row the current step replays highlighted (`aria-current`
//! and a visible ▶, not colour alone).
//!
//! A semantic `<table>` with a `<caption>` and `<th scope>` headers, inside its own
//! keyboard-focusable scroll box: on a phone the table scrolls sideways there, never the
//! page; on a wide screen the box has a fixed height and keeps the current row in view.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::sim::reports::book_figures::{BookCell, BookFigure, BookRow, BookState};

use super::figure_progress::OffBook;

/// What the table shows.
#[derive(Properties, Clone, PartialEq)]
pub struct BookTableProps {
    /// The figure.
    pub figure: &'static BookFigure,
    /// The highlighted row (0-based), if any.
    pub row: Option<usize>,
    /// Set once the run has left the figure's path.
    pub off_book: Option<OffBook>,
    /// The page's name of each column's thread (`C1` for `Tc1`).
    pub names: Rc<Vec<AttrValue>>,
    /// While a question is pending, only this many rows show: the later ones would
    /// answer it. `None`: every row.
    #[prop_or_default]
    pub shown_rows: Option<usize>,
}

/// The book's table for a figure preset.
#[function_component(BookTable)]
pub fn book_table(props: &BookTableProps) -> Html {
    let rows = use_memo(props.figure.title, |_| props.figure.rows());
    let scroller = use_node_ref();
    {
        let scroller = scroller.clone();
        use_effect_with(props.row, move |_| keep_current_row_in_view(&scroller));
    }
    let figure = props.figure;
    let shown = props.shown_rows.unwrap_or(rows.len());
    let body = rows
        .iter()
        .enumerate()
        .take(shown)
        .map(|(i, row)| view_row(i, row, props.row == Some(i)));
    let held = (shown < rows.len()).then(|| {
        html! { <tr class="held"><td colspan="99">{ "Later rows are hidden until you answer the question." }</td></tr> }
    });
    html! {
        <section class="book-figure" aria-labelledby="book-figure-heading">
            <h2 id="book-figure-heading">{ format!("The book's trace: {}", short_name(figure)) }</h2>
            <p class="book-status">{ status(props, rows.len()) }</p>
            <div class="book-scroll" ref={scroller} tabindex="0" role="region"
                aria-labelledby="book-figure-caption">
                <table class="book-table">
                    <caption id="book-figure-caption">{ figure.title }</caption>
                    <thead>{ view_header(figure, &props.names) }</thead>
                    <tbody>{ for body }{ for held }</tbody>
                </table>
            </div>
        </section>
    }
}

/// The figure's short name, visible while its caption scrolls away: `Figure 30.9`.
fn short_name(figure: &BookFigure) -> &'static str {
    figure.title.split(':').next().unwrap_or(figure.title)
}

/// "Row 5 of 17", or why no row is highlighted.
fn status(props: &BookTableProps, rows: usize) -> String {
    match (props.off_book, props.row) {
        (Some(OffBook::Scenario), _) => "This run's settings differ from the book's, so its \
            steps do not follow the table: no row is highlighted."
            .to_string(),
        (Some(OffBook::Choice(step)), _) => format!(
            "Step {step} ran another thread than the book's: no row is highlighted. Step \
             back before step {step} to rejoin the book."
        ),
        (None, None) => format!("Press Step (→) to replay the first of {rows} rows."),
        (None, Some(row)) => format!("Replaying row {} of {rows}.", row + 1),
    }
}

/// One header row, as the book prints it: each thread's line column, then its state.
fn view_header(figure: &BookFigure, names: &[AttrValue]) -> Html {
    let threads = figure.columns.iter().enumerate().map(|(i, (book, _))| {
        let name = names.get(i).cloned().unwrap_or_default();
        html! {
            <>
                <th scope="col">
                    { *book }<span class="book-name">{ format!(" ({name})") }</span>
                </th>
                <th scope="col"><span class="visually-hidden">{ format!("{book} ") }</span>{ "State" }</th>
            </>
        }
    });
    html! {
        <tr>
            <th scope="col"><span class="visually-hidden">{ "Row" }</span>{ "#" }</th>
            { for threads }
            <th scope="col">{ "Count" }</th>
            <th scope="col">{ "Comment" }</th>
        </tr>
    }
}

/// One row; the current one carries `aria-current="step"` and a ▶.
fn view_row(index: usize, row: &BookRow, current: bool) -> Html {
    let cells = row.cells.iter().map(view_cells);
    html! {
        <tr class={classes!(current.then_some("current"))}
            aria-current={current.then_some("step")}>
            <th scope="row">
                if current { <span class="book-marker" aria-hidden="true">{ "▶" }</span> }
                { index + 1 }
            </th>
            { for cells }
            <td class="book-count">{ row.count }</td>
            <td class="book-comment">{ row.comment }</td>
        </tr>
    }
}

/// A thread's two cells: the line it ran (empty if it took no step), and its state.
fn view_cells(cell: &BookCell) -> Html {
    let (word, class) = match cell.state {
        BookState::Running => ("Running", "running"),
        BookState::Ready => ("Ready", "ready"),
        BookState::Sleep => ("Sleep", "sleep"),
    };
    html! {
        <>
            <td class="book-line">{ cell.line.unwrap_or("") }</td>
            <td class={classes!("book-state", class)}>{ word }</td>
        </>
    }
}

/// Scrolls the box (never the page) so the current row is in view, with a row of context.
fn keep_current_row_in_view(scroller: &NodeRef) {
    let Some(scroll_box) = scroller.cast::<HtmlElement>() else {
        return;
    };
    let row = scroll_box
        .query_selector("tr.current")
        .ok()
        .flatten()
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(el).ok());
    let Some(row) = row else { return };
    // Offsets: the row's from its table, the table's from the box (positioned in CSS).
    let table_top = row.offset_parent().map_or(0, |t| {
        wasm_bindgen::JsCast::dyn_ref::<HtmlElement>(&t).map_or(0, |t| t.offset_top())
    });
    let top = table_top + row.offset_top();
    let height = row.offset_height();
    let (view_top, view_height) = (scroll_box.scroll_top(), scroll_box.client_height());
    if top - height < view_top {
        scroll_box.set_scroll_top((top - 2 * height).max(0));
    } else if top + 2 * height > view_top + view_height {
        scroll_box.set_scroll_top(top + 2 * height - view_height);
    }
}
