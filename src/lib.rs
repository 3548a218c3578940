pub mod app {
    pub fn start() {
        leptos::mount::mount_to_body(|| "article-viewer");
    }
}
