//! Noto Sans CJK, embedded: the Hong Kong face for Traditional Chinese (HK glyph forms), the Simplified
//! Chinese face for Simplified, the Traditional face for English (its Latin is the same in every face).
//! krilla subsets what a document uses and writes a ToUnicode map, so copied text is exact.

use krilla::text::Font;
use std::sync::LazyLock;
use talentnav_i18n::Locale;

static TTC: &[u8] = include_bytes!(env!("TALENTNAV_CJK_FONT_PATH"));

/// Face numbers inside NotoSansCJK-Regular.ttc.
const FACE_SC: u32 = 2;
const FACE_TC: u32 = 3;
const FACE_HK: u32 = 4;

fn face(locale: Locale) -> u32 {
    match locale {
        Locale::ZhHant => FACE_HK,
        Locale::ZhHans => FACE_SC,
        Locale::En => FACE_TC,
    }
}

static FONTS: LazyLock<[Option<Font>; 3]> = LazyLock::new(|| Locale::ALL.map(|l| Font::new(TTC.into(), face(l))));
static FACES: LazyLock<[Option<ttf_parser::Face<'static>>; 3]> =
    LazyLock::new(|| Locale::ALL.map(|l| ttf_parser::Face::parse(TTC, face(l)).ok()));

fn slot(locale: Locale) -> usize {
    Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)
}

/// The font for a locale. `None` only if the embedded file is not the expected collection, which the
/// test suite rules out.
pub fn font(locale: Locale) -> Option<Font> {
    FONTS[slot(locale)].clone()
}

/// Width of `text` at `size` points, from the font's advance widths (CJK text needs no kerning).
pub fn width(locale: Locale, text: &str, size: f32) -> f32 {
    let Some(face) = FACES[slot(locale)].as_ref() else { return 0.0 };
    let per_unit = size / f32::from(face.units_per_em());
    text.chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(f32::from(face.units_per_em()) * 0.5, f32::from)
        })
        .sum::<f32>()
        * per_unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_its_face_and_measures_text() {
        for l in Locale::ALL {
            assert!(font(l).is_some(), "{l}");
            let latin = width(l, "Passport", 10.0);
            assert!(latin > 20.0 && latin < 60.0, "{l}: {latin}");
            // A CJK character is one em wide.
            assert!((width(l, "證", 10.0) - 10.0).abs() < 0.01, "{l}");
        }
    }
}
