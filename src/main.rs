//! The standalone app: opens the built-in sample, or the article at `?src=URL`.

fn main() {
    article_viewer::app::start();
}
