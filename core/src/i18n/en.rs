use super::UiText;

pub const TEXT: UiText = UiText {
    reading_time: |minutes| format!("{minutes} min read"),
    by: "By",
    and: " and ",
    list_separator: ", ",
    published: "Published",
    updated: "Updated",
    image_credit: "Image:",
    video_credit: "Video:",
    related_stories: "Related stories",
    related_story: "Related",
    tags: "Topics",
    pull_quote: "Pull quote",
    footnotes: "Notes",
    back_to_reference: "Back to the text",
    gallery: "Gallery",
    loading: "Loading the article…",
    cannot_show: "This article cannot be shown",
    diagnostics: "Problems found in this article",
    video_unsupported: "Your browser cannot play this video.",
};
