//! An image opened larger, in a modal `<dialog>`: its largest file, its caption and credit,
//! the gallery's other images a step away (buttons, arrow keys, a swipe), closed by Escape
//! or its close button, after which the browser puts focus back on the image's button.
//!
//! The dialog is made with DOM calls from what the figure already shows (its button's
//! largest file, its image's description, a copy of its caption), so that it costs no view
//! of its own. The viewer passes it the events of its article (see `Viewer::control_event`):
//! it has no listener of its own to keep or remove.

use article_core::blocks::image::Image;
use article_core::i18n::UiText;
use js_sys::Reflect;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlDialogElement, NodeList};

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
        .as_str()
        .to_owned()
}

/// A dialog showing an image larger, and where it is in its gallery. Dropping it takes the
/// dialog out of the document; a closed one stays, hidden, until then.
pub struct Larger {
    dialog: HtmlDialogElement,
    figure: Element,
    image: Element,
    /// The openers of the gallery's images, in order; the one image's alone.
    items: NodeList,
    index: u32,
    /// The `id` of the caption shown, which names the dialog.
    caption_id: String,
    /// Where the last pointer went down, for swipes.
    pointer_x: i32,
}

impl Larger {
    /// Opens larger the image of `opener`, with its gallery's others a step away; its caption
    /// takes an `id` that starts with `id_prefix`, the viewer's. `None` when the opener has
    /// left the document.
    pub fn open(opener: &Element, text: &UiText, id_prefix: &str) -> Option<Larger> {
        // A gallery's images, or this one alone (a gallery's own figures are not `.av-image`).
        let items = opener
            .closest(".av-gallery, .av-image")
            .ok()??
            .query_selector_all(".av-larger")
            .ok()?;
        let index =
            (0..items.length()).find(|&at| items.item(at).is_some_and(|item| item == **opener))?;
        // In the article, so that it takes its language, direction and styles (inside the
        // element's shadow root too).
        let article = opener.closest(".av-article").ok()??;
        let dialog: HtmlDialogElement = child(&article, "dialog")?.unchecked_into();
        dialog.set_class_name("av-dialog");
        // Its name when the image shown has no caption (see `show`).
        dialog.set_attribute("aria-label", text.image).ok()?;
        button(&dialog, "av-close", text.close, "×")?;
        let figure = child(&dialog, "figure")?;
        figure.set_class_name("av-figure");
        // Another image of the gallery is announced as it comes.
        figure.set_attribute("aria-live", "polite").ok()?;
        let image = child(&figure, "img")?;
        if items.length() > 1 {
            // ‹ and › are mirrored in right-to-left text, as the buttons' places are.
            button(&dialog, "av-previous", text.previous_image, "‹")?;
            button(&dialog, "av-next", text.next_image, "›")?;
        }
        let larger = Larger {
            dialog,
            figure,
            image,
            items,
            index,
            caption_id: format!("{id_prefix}larger-caption"),
            pointer_x: 0,
        };
        larger.show()?;
        larger.dialog.show_modal().ok()?;
        Some(larger)
    }

    pub fn is_open(&self) -> bool {
        self.dialog.has_attribute("open")
    }

    /// An event of `kind` in the open dialog: a button, an arrow key, a swipe.
    pub fn handle(&mut self, event: &Event, kind: &str) {
        let property = |name: &str| Reflect::get(event, &name.into()).unwrap_or_default();
        // Where the pointer is across the screen, in whole CSS pixels.
        let x = || property("clientX").as_f64().unwrap_or_default() as i32;
        match kind {
            "pointerdown" => self.pointer_x = x(),
            "pointerup" => {
                let moved = x() - self.pointer_x;
                // A finger moving left brings in what is to the right.
                if moved.abs() >= SWIPE {
                    self.step_across(moved < 0);
                }
            }
            "keydown" => match property("key").as_string().as_deref() {
                Some("ArrowRight") => self.step_across(true),
                Some("ArrowLeft") => self.step_across(false),
                _ => {}
            },
            _ => match event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|target| target.get_attribute("class"))
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
        let opener: Element = self.items.item(self.index)?.dyn_into().ok()?;
        // The opener holds the image, unless a stand-in took the place of one that did not load.
        let description = opener
            .query_selector("img")
            .ok()
            .flatten()
            .and_then(|image| image.get_attribute("alt"))
            .unwrap_or_default();
        self.image
            .set_attribute("src", &opener.get_attribute(LARGEST)?)
            .ok()?;
        self.image.set_attribute("alt", &description).ok()?;
        // The figure's own caption, copied: its words and links, never markup parsed anew.
        self.figure.set_text_content(None);
        self.figure.append_child(&self.image).ok()?;
        if let Some(caption) = opener
            .closest("figure")
            .ok()??
            .query_selector("figcaption")
            .ok()?
        {
            self.figure
                .append_child(&caption.clone_node_with_deep(true).ok()?)
                .ok()?;
        }
        // The dialog is named by the image's caption (not its credit) where it has one.
        match self.figure.query_selector(".av-caption").ok()? {
            Some(caption) => {
                caption.set_id(&self.caption_id);
                self.dialog
                    .set_attribute("aria-labelledby", &self.caption_id)
                    .ok()?;
            }
            None => self.dialog.remove_attribute("aria-labelledby").ok()?,
        }
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
        let right_to_left = matches!(self.dialog.closest(".av-article[dir=rtl]"), Ok(Some(_)));
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

/// A button at the end of `parent`, named `label`, showing `sign`. Outside a form, it submits
/// nothing.
fn button(parent: &Element, class: &str, label: &str, sign: &str) -> Option<()> {
    let button = child(parent, "button")?;
    button.set_class_name(class);
    button.set_attribute("aria-label", label).ok()?;
    button.set_text_content(Some(sign));
    Some(())
}
