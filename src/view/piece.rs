//! [`Piece`]: a view whose type is erased, for the places where one of several views
//! (or a recursive one, such as Markdown) is returned.
//!
//! Leptos's `AnyView` does the same but keeps, for every type erased, the code that
//! updates that view in place: 69 KB of the module (22 KB brotli) that never runs, since the viewer
//! never updates an article in place (a new article is a new mount). A piece keeps only
//! the code that builds it.

use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::no_attrs;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// A view ready to be built, whatever its type.
pub struct Piece(Box<dyn FnOnce() -> PieceState + Send>);

/// A built [`Piece`]: its nodes, and whatever its view keeps alive (event handlers).
pub struct PieceState(Box<dyn Mountable>);

pub trait IntoPiece {
    fn into_piece(self) -> Piece;
}

impl<T> IntoPiece for T
where
    T: Render + Send + 'static,
    T::State: 'static,
{
    fn into_piece(self) -> Piece {
        Piece(Box::new(move || PieceState(Box::new(self.build()))))
    }
}

impl Render for Piece {
    type State = PieceState;

    fn build(self) -> PieceState {
        (self.0)()
    }

    /// Builds anew in place of the old nodes: the one update every type shares.
    fn rebuild(self, state: &mut PieceState) {
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl Mountable for PieceState {
    fn unmount(&mut self) {
        self.0.unmount();
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        self.0.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.insert_before_this(child)
    }

    fn elements(&self) -> Vec<Element> {
        self.0.elements()
    }
}

no_attrs!(Piece);

/// The viewer renders in the browser only: there is no server HTML to write or hydrate,
/// so a piece is simply built wherever Leptos would hydrate it.
impl RenderHtml for Piece {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> PieceState {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}
