//! An image opened larger, in a modal `<dialog>`: its largest file, its caption and credit,
//! the gallery's other images a step away (buttons, arrow keys, a swipe), closed by Escape
//! or its close button, after which the browser puts focus back on the image's button.
//!
//! The dialog is made with DOM calls from what the figure already shows (its button's
//! largest file, its image's description, a copy of its caption), so that it costs no view
//! of its own. The viewer passes it the events of its article (see `Viewer::control_event`):
//! no listener of its own to keep or remove.

use article_core::blocks::image::Image;
use article_core::i18n::UiText;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlDialogElement, KeyboardEvent, MouseEvent, NodeList};

/// The attribute of an image's opener (its button, `.av-larger`) that holds its largest file.
pub const LARGEST: &str = "data-largest";

/// How far a pointer must move across for a swipe, in CSS pixels.
const SWIPE: i32 = 50;

/// The largest file of an image: its widest `srcset` candidate, or its `src`.
pub fn largest(image: &Image) -> String {
    image
        .srcset
        .iter()
        .max_by_key(|candidate| candidate.width)
        .map_or(&image.src, |candidate| &candidate.src)
        .to_string()
}

/// A dialog showing an image larger, and where it is in its gallery. Dropping it takes the
/// dialog out of the document (a closed one stays until then, hidden).
pub struct Larger {
    dialog: HtmlDialogElement,
    figure: Element,
    image: Element,
    /// The openers of the gallery's images, in order; the one image's alone.
    items: NodeList,
    index: u32,
    /// Where the last pointer went down, for swipes.
    pointer_x: i32,
}

impl Larger {
    /// Opens larger the image of `opener`, with its gallery's others a step away. `None` when
    /// the opener has left the document.
    pub fn open(opener: &Element, text: &UiText) -> Option<Larger> {
        let group = match opener.closest(".av-gallery").ok()? {
            Some(gallery) => gallery,
            None => opener.parent_element()?,
        };
        let items = group.query_selector_all(".av-larger").ok()?;
        let index = (0..items.length()).find(|&at| {
            items
                .get(at)
                .is_some_and(|item| item.is_same_node(Some(opener)))
        })?;
        let dialog: HtmlDialogElement = opener
            .owner_document()?
            .create_element("dialog")
            .ok()?
            .unchecked_into();
        dialog.set_class_name("av-dialog");
        button(&dialog, "av-close", text.close, "×")?;
        let figure = child(&dialog, "figure")?;
        figure.set_class_name("av-figure");
        let image = child(&figure, "img")?;
        if items.length() > 1 {
            // ‹ and › are mirrored in right-to-left text, as the buttons' places are.
            button(&dialog, "av-previous", text.previous_image, "‹")?;
            button(&dialog, "av-next", text.next_image, "›")?;
        }
        // In the article, so that it takes its language, direction and styles (inside the
        // element's shadow root too).
        opener
            .closest(".av-article")
            .ok()??
            .append_child(&dialog)
            .ok()?;
        let larger = Larger {
            dialog,
            figure,
            image,
            items,
            index,
            pointer_x: 0,
        };
        larger.show();
        larger.dialog.show_modal().ok()?;
        Some(larger)
    }

    pub fn is_open(&self) -> bool {
        self.dialog.open()
    }

    /// An event in the open dialog: a button, an arrow key, a swipe.
    pub fn handle(&mut self, event: &Event) {
        let x = event
            .dyn_ref::<MouseEvent>()
            .map_or(0, MouseEvent::client_x);
        match event.type_().as_str() {
            "pointerdown" => self.pointer_x = x,
            "pointerup" => {
                let moved = x - self.pointer_x;
                // A finger moving left brings in what is to the right.
                if moved.abs() >= SWIPE {
                    self.step_across(moved < 0);
                }
            }
            "keydown" => match event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) {
                Some(key) if key == "ArrowRight" => self.step_across(true),
                Some(key) if key == "ArrowLeft" => self.step_across(false),
                _ => {}
            },
            _ => match event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .map(|target| target.class_name())
                .as_deref()
            {
                Some("av-close") => self.dialog.close(),
                Some("av-next") => self.step(true),
                Some("av-previous") => self.step(false),
                _ => {}
            },
        }
    }

    /// Shows the image at `index`: its largest file, its description, its caption and credit.
    fn show(&self) -> Option<()> {
        let opener: Element = self.items.get(self.index)?.dyn_into().ok()?;
        let source = opener.get_attribute(LARGEST)?;
        // The opener holds the image (or what stands for it when it did not load).
        let description = opener
            .first_element_child()
            .and_then(|image| image.get_attribute("alt"))
            .unwrap_or_default();
        self.image.set_attribute("src", &source).ok()?;
        self.image.set_attribute("alt", &description).ok()?;
        if let Some(old) = self.image.next_element_sibling() {
            old.remove();
        }
        // The figure's caption follows the opener; copied, its words and links are never
        // markup parsed anew.
        let caption = opener
            .next_element_sibling()?
            .clone_node_with_deep(true)
            .ok()?;
        self.figure.append_child(&caption).ok()?;
        Some(())
    }

    /// The image after (`forward`) or before this one; the first follows the last.
    fn step(&mut self, forward: bool) {
        let count = self.items.length();
        self.index = (self.index + if forward { 1 } else { count - 1 }) % count;
        self.show();
    }

    /// A step to the right of the screen (`rightward`): the next image left to right, the
    /// previous one right to left.
    fn step_across(&mut self, rightward: bool) {
        let right_to_left = self.dialog.matches(":dir(rtl)").unwrap_or(false);
        self.step(rightward != right_to_left);
    }
}

impl Drop for Larger {
    fn drop(&mut self) {
        self.dialog.remove();
    }
}

/// A new `tag` element at the end of `parent`.
fn child(parent: &Element, tag: &str) -> Option<Element> {
    let element = parent.owner_document()?.create_element(tag).ok()?;
    parent.append_child(&element).ok()?;
    Some(element)
}

/// A button at the end of `parent`, named `label`, showing `sign`.
fn button(parent: &Element, class: &str, label: &str, sign: &str) -> Option<()> {
    let button = child(parent, "button")?;
    button.set_class_name(class);
    button.set_attribute("type", "button").ok()?;
    button.set_attribute("aria-label", label).ok()?;
    button.set_text_content(Some(sign));
    Some(())
}
