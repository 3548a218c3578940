use super::UiText;

pub const TEXT: UiText = UiText {
    reading_time,
    by: "بقلم",
    and: " و",
    list_separator: "، ",
    published: "نُشر",
    updated: "حُدّث",
    image_credit: "صورة:",
    video_credit: "فيديو:",
    related_stories: "مواضيع ذات صلة",
    related_story: "ذو صلة",
    tags: "مواضيع",
    pull_quote: "اقتباس",
    footnotes: "هوامش",
    back_to_reference: "العودة إلى النص",
    gallery: "معرض صور",
    loading: "جارٍ تحميل المقال…",
    cannot_show: "تعذّر عرض هذا المقال",
    diagnostics: "مشكلات في هذا المقال",
    image_unavailable: "الصورة غير متاحة",
    video_unavailable: "الفيديو غير متاح",
    try_again: "أعد المحاولة",
    view_larger: "عرض بحجم أكبر",
    image: "صورة",
    close: "إغلاق",
    previous_image: "الصورة السابقة",
    next_image: "الصورة التالية",
    share: "مشاركة",
    copy_link: "نسخ الرابط",
    link_copied: "تم نسخ الرابط",
    video_unsupported: "لا يستطيع متصفحك تشغيل هذا الفيديو.",
    reading_settings: "إعدادات القراءة",
    text_size: "حجم النص",
    line_spacing: "تباعد الأسطر",
    spacing_compact: "متقارب",
    spacing_normal: "عادي",
    spacing_relaxed: "متباعد",
    theme: "المظهر",
    themes: ["تلقائي", "فاتح", "سيبيا", "داكن"],
    contents: "المحتويات",
    load_embed: "تحميل المحتوى من {}",
    open_embed: "فتح في {}",
    embed_from: "محتوى من {}",
    embed_credit: "المصدر:",
};

/// Arabic counts take the dual for 2, the plural when the last two digits are 3
/// to 10 (CLDR "few": 5, 103) and the singular otherwise ("دقيقتان", "5 دقائق",
/// "15 دقيقة").
fn reading_time(minutes: u32) -> String {
    match minutes {
        1 => "قراءة في دقيقة واحدة".to_owned(),
        2 => "قراءة في دقيقتين".to_owned(),
        _ if (3..=10).contains(&(minutes % 100)) => format!("قراءة في {minutes} دقائق"),
        _ => format!("قراءة في {minutes} دقيقة"),
    }
}
