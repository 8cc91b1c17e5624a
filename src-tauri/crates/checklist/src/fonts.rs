//! The embedded fonts. Noto Sans CJK draws everything it can: its Hong Kong face for Traditional
//! Chinese (HK glyph forms), its Simplified face for Simplified, its Traditional face for English (the
//! Latin is the same in every face). Noto Sans draws the Latin, Greek and Cyrillic letters the CJK
//! font lacks (ł, ş, ř: Polish, Turkish and Czech names). A character neither has (emoji, Thai,
//! Arabic) is reported by [`missing`] before anything is drawn: PDF/A forbids drawing a blank glyph.
//! krilla subsets what a document uses and writes a ToUnicode map, so copied text is exact.

use krilla::text::Font;
use std::sync::LazyLock;
use talentnav_i18n::Locale;

static CJK: &[u8] = include_bytes!(env!("TALENTNAV_CJK_FONT_PATH"));
static LATIN: &[u8] = include_bytes!(env!("TALENTNAV_LATIN_FONT_PATH"));

/// Face numbers inside NotoSansCJK-Regular.ttc.
const FACE_SC: u32 = 2;
const FACE_TC: u32 = 3;
const FACE_HK: u32 = 4;

fn cjk_face(locale: Locale) -> u32 {
    match locale {
        Locale::ZhHant => FACE_HK,
        Locale::ZhHans => FACE_SC,
        Locale::En => FACE_TC,
    }
}

/// Which embedded font draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Cjk,
    Latin,
}

struct Fonts {
    cjk: [Option<(Font, ttf_parser::Face<'static>)>; 3],
    latin: Option<(Font, ttf_parser::Face<'static>)>,
}

fn load(data: &'static [u8], index: u32) -> Option<(Font, ttf_parser::Face<'static>)> {
    Some((Font::new(data.into(), index)?, ttf_parser::Face::parse(data, index).ok()?))
}

static FONTS: LazyLock<Fonts> =
    LazyLock::new(|| Fonts { cjk: Locale::ALL.map(|l| load(CJK, cjk_face(l))), latin: load(LATIN, 0) });

fn slot(locale: Locale) -> usize {
    Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)
}

fn get(locale: Locale, face: Face) -> Option<&'static (Font, ttf_parser::Face<'static>)> {
    match face {
        Face::Cjk => FONTS.cjk[slot(locale)].as_ref(),
        Face::Latin => FONTS.latin.as_ref(),
    }
}

/// The font for a locale and face. `None` only if an embedded file is not the expected font, which
/// the test suite rules out.
pub fn font(locale: Locale, face: Face) -> Option<Font> {
    get(locale, face).map(|(f, _)| f.clone())
}

fn has(locale: Locale, face: Face, c: char) -> bool {
    get(locale, face).is_some_and(|(_, f)| f.glyph_index(c).is_some_and(|g| g.0 != 0))
}

/// The face that draws `c`: the CJK font when it can, else Noto Sans; `None` when neither can.
pub fn face_for(locale: Locale, c: char) -> Option<Face> {
    [Face::Cjk, Face::Latin].into_iter().find(|f| has(locale, *f, c))
}

/// The characters of `text` that no embedded font can draw, each once, in order.
pub fn missing(locale: Locale, text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars().filter(|c| !c.is_control()) {
        if face_for(locale, c).is_none() && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// `text` cut into runs that one face draws. A character no face has stays with the run before it
/// (it is refused by [`missing`] before drawing; here it only needs a width).
pub fn runs(locale: Locale, text: &str) -> Vec<(Face, &str)> {
    let mut out: Vec<(Face, &str)> = Vec::new();
    let mut start = 0;
    let mut current = Face::Cjk;
    for (i, c) in text.char_indices() {
        let face = face_for(locale, c).unwrap_or(current);
        if face != current && i > start {
            out.push((current, &text[start..i]));
            start = i;
        }
        current = face;
    }
    if start < text.len() {
        out.push((current, &text[start..]));
    }
    out
}

/// Width of `text` at `size` points, from each face's advance widths (CJK text needs no kerning, and
/// kerning only ever narrows Latin, so a line measured this way always fits).
pub fn width(locale: Locale, text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| {
            let face = face_for(locale, c).unwrap_or(Face::Cjk);
            let Some((_, f)) = get(locale, face) else { return 0.0 };
            let em = f32::from(f.units_per_em());
            f.glyph_index(c).and_then(|g| f.glyph_hor_advance(g)).map_or(0.5, |a| f32::from(a) / em)
        })
        .sum::<f32>()
        * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_its_faces_and_measures_text() {
        for l in Locale::ALL {
            assert!(font(l, Face::Cjk).is_some() && font(l, Face::Latin).is_some(), "{l}");
            let latin = width(l, "Passport", 10.0);
            assert!(latin > 20.0 && latin < 60.0, "{l}: {latin}");
            // A CJK character is one em wide.
            assert!((width(l, "證", 10.0) - 10.0).abs() < 0.01, "{l}");
        }
    }

    #[test]
    fn letters_the_cjk_font_lacks_come_from_noto_sans_and_the_rest_are_reported() {
        let l = Locale::ZhHant;
        assert_eq!(face_for(l, 'a'), Some(Face::Cjk));
        assert_eq!(face_for(l, 'ł'), Some(Face::Latin));
        assert_eq!(runs(l, "Łukasz 陳"), [(Face::Latin, "Ł"), (Face::Cjk, "ukasz 陳")]);
        assert_eq!(runs(l, "Dvořák"), [(Face::Cjk, "Dvo"), (Face::Latin, "ř"), (Face::Cjk, "ák")]);
        assert!(missing(l, "Şahin Jiří Łukasz Nguyễn 陳大文 Ελένη Юрий\n").is_empty());
        assert_eq!(missing(l, "OK 👍 สวัสดี 👍"), ['👍', 'ส', 'ว', 'ั', 'ด', 'ี']);
        assert!(width(l, "Dvořák", 10.0) > width(l, "Dvo", 10.0));
    }
}
