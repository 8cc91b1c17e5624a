//! Lays a [`Checklist`] out on A4 pages and writes it as a tagged PDF/A-2b with krilla.
//!
//! Everything is first cut into blocks of lines with known heights, then paginated: a block (a
//! document row with its box, names and details; a heading with the line after it) moves whole to the
//! next page rather than split. Only a block taller than a whole page is split, between lines, and its
//! first line always carries the box. Knowing the page count before drawing gives "page x of y".

use crate::{
    fonts::{Face, font, runs, width},
    layout::wrap,
    model::{Checklist, Mark, Row},
};
use krilla::{
    Document, SerializeSettings,
    color::rgb,
    configure::{Archival, ConfigurationBuilder},
    geom::{PathBuilder, Point, Rect, Size},
    metadata::{DateTime, Metadata},
    num::NormalizedF32,
    page::PageSettings,
    paint::{Fill, Stroke},
    surface::Surface,
    tagging::{Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, Tag, TagGroup, TagTree},
    text::TextDirection,
};
use std::num::NonZeroU16;
use talentnav_i18n::Locale;

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
const LEFT: f32 = 48.0;
const RIGHT: f32 = PAGE_W - 48.0;
const TOP: f32 = 48.0;
/// Content ends here; the footer sits below.
const BOTTOM: f32 = PAGE_H - 56.0;
const FOOTER_BASELINE: f32 = PAGE_H - 30.0;

/// The box column, then the text, then the status column on the right.
const BOX: f32 = 9.5;
const TEXT_X: f32 = LEFT + 18.0;
const STATUS_W: f32 = 72.0;
/// The width of a row's text column: a document's name wraps at this width.
pub const TEXT_W: f32 = RIGHT - STATUS_W - 8.0 - TEXT_X;

const TITLE: f32 = 15.0;
const HEADING: f32 = 11.5;
const BODY: f32 = 9.0;
/// Type sizes of a document's name and of ImmD's English name under it.
pub const NAME: f32 = 10.0;
pub const SMALL: f32 = 7.5;
const DETAIL: f32 = 8.0;

const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
const GREY: (u8, u8, u8) = (0x5f, 0x63, 0x68);
const RULE: (u8, u8, u8) = (0xc8, 0xcc, 0xd0);
const WARN: (u8, u8, u8) = (0xa3, 0x3b, 0x00);
const ACCENT: (u8, u8, u8) = (0x0b, 0x4f, 0x71);

fn leading(size: f32) -> f32 {
    size * 1.45
}

/// What a piece of text is, for the structure tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// The row's status, a list item's label.
    Label,
    Body,
    /// English text in a Chinese checklist.
    BodyEn,
    /// The product's name beside the title: branding, left out of what a screen reader reads.
    Decoration,
}

#[derive(Debug, Clone)]
enum Piece {
    Text {
        x: f32,
        size: f32,
        color: (u8, u8, u8),
        text: String,
        part: Part,
    },
    Box(Mark),
    /// A hairline across the text column at the bottom of the line.
    Rule,
}

#[derive(Debug, Clone)]
struct Line {
    height: f32,
    /// From the top of the line; every piece of a line sits on it.
    baseline: f32,
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Heading,
    Paragraph,
    Row,
}

#[derive(Debug, Clone)]
struct Block {
    kind: Kind,
    lines: Vec<Line>,
    /// Space above the block, dropped at the top of a page.
    space_before: f32,
    /// Headings stay on the page of the block that follows them.
    keep_with_next: bool,
    /// A heading's whole text, for the structure tree (its lines may be wrapped).
    heading: Option<String>,
}

impl Block {
    fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.height).sum()
    }
}

fn text_line(locale: Locale, x: f32, size: f32, color: (u8, u8, u8), text: &str, max: f32, part: Part) -> Vec<Line> {
    wrap(locale, text, size, max)
        .into_iter()
        .map(|t| Line {
            height: leading(size),
            // Half the extra leading above the em box; Noto CJK's baseline is at 0.88 em.
            baseline: (leading(size) - size) / 2.0 + size * 0.88,
            pieces: vec![Piece::Text { x, size, color, text: t, part }],
        })
        .collect()
}

fn heading(locale: Locale, text: &str) -> Block {
    Block {
        kind: Kind::Heading,
        lines: text_line(locale, LEFT, HEADING, ACCENT, text, RIGHT - LEFT, Part::Body),
        space_before: 12.0,
        keep_with_next: true,
        heading: Some(text.to_string()),
    }
}

fn paragraph(locale: Locale, text: &str, size: f32, color: (u8, u8, u8)) -> Block {
    Block {
        kind: Kind::Paragraph,
        lines: text_line(locale, LEFT, size, color, text, RIGHT - LEFT, Part::Body),
        space_before: 3.0,
        keep_with_next: false,
        heading: None,
    }
}

fn row(locale: Locale, r: &Row) -> Block {
    let mut lines = text_line(locale, TEXT_X, NAME, INK, &r.name, TEXT_W, Part::Body);
    // The box and the status go on the first line, so they can never be parted from the name.
    lines[0].pieces.push(Piece::Box(r.mark));
    let status_x = RIGHT - width(locale, &r.status, DETAIL);
    lines[0].pieces.push(Piece::Text {
        x: status_x,
        size: DETAIL,
        color: GREY,
        text: r.status.clone(),
        part: Part::Label,
    });
    if let Some(en) = &r.official_en {
        lines.extend(text_line(locale, TEXT_X, SMALL, GREY, en, TEXT_W, Part::BodyEn));
    }
    for w in &r.warnings {
        lines.extend(text_line(locale, TEXT_X, DETAIL, WARN, w, TEXT_W, Part::Body));
    }
    for d in &r.details {
        lines.extend(text_line(locale, TEXT_X, DETAIL, GREY, d, TEXT_W, Part::Body));
    }
    if let Some(last) = lines.last_mut() {
        last.height += 5.0;
        last.pieces.push(Piece::Rule);
    }
    Block { kind: Kind::Row, lines, space_before: 4.0, keep_with_next: false, heading: None }
}

/// The checklist as blocks, in reading order.
fn blocks(c: &Checklist) -> Vec<Block> {
    let l = c.locale;
    // The product's name sits at the right of the title's first line, in small type.
    let product_w = width(l, &c.product, DETAIL);
    let mut title = text_line(l, LEFT, TITLE, INK, &c.title, RIGHT - LEFT - product_w - 12.0, Part::Body);
    title[0].pieces.push(Piece::Text {
        x: RIGHT - product_w,
        size: DETAIL,
        color: ACCENT,
        text: c.product.clone(),
        part: Part::Decoration,
    });
    let mut out = vec![Block {
        kind: Kind::Title,
        lines: title,
        space_before: 0.0,
        keep_with_next: true,
        heading: Some(c.title.clone()),
    }];
    let label_w = c.header.iter().map(|(k, _)| width(l, k, BODY)).fold(0.0, f32::max) + 12.0;
    for (k, v) in &c.header {
        let mut lines = text_line(l, LEFT + label_w, BODY, INK, v, RIGHT - LEFT - label_w, Part::Body);
        // A label left empty continues the row above (the household, one member a line).
        if !k.is_empty() {
            lines[0]
                .pieces
                .insert(0, Piece::Text { x: LEFT, size: BODY, color: GREY, text: k.clone(), part: Part::Body });
        }
        out.push(Block { kind: Kind::Paragraph, lines, space_before: 1.0, keep_with_next: false, heading: None });
    }
    out.extend(c.legend.iter().map(|x| paragraph(l, x, DETAIL, GREY)));
    if let Some(a) = &c.attention {
        out.push(heading(l, &a.title));
        out.extend(a.lines.iter().map(|x| paragraph(l, x, BODY, WARN)));
    }
    for s in &c.sections {
        out.push(heading(l, &s.title));
        out.extend(s.lines.iter().map(|x| paragraph(l, x, BODY, INK)));
        out.extend(s.rows.iter().map(|r| row(l, r)));
    }
    for b in &c.after {
        out.push(heading(l, &b.title));
        out.extend(b.lines.iter().map(|x| paragraph(l, x, if b.lines.len() > 4 { DETAIL } else { BODY }, INK)));
    }
    let mut disclaimer = paragraph(l, &c.disclaimer, DETAIL, GREY);
    disclaimer.space_before = 12.0;
    out.push(disclaimer);
    out
}

/// A line placed on a page: which block it belongs to and where its top is.
struct Placed {
    block: usize,
    top: f32,
    line: Line,
}

/// Assigns every line to a page.
fn paginate(blocks: &[Block]) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = TOP;
    for (i, b) in blocks.iter().enumerate() {
        let space = if y == TOP { 0.0 } else { b.space_before };
        // A heading needs room for itself and the first line of what follows.
        let need = b.height()
            + if b.keep_with_next {
                blocks.get(i + 1).map_or(0.0, |n| n.lines[0].height + n.space_before)
            } else {
                0.0
            };
        if y + space + need > BOTTOM && y > TOP {
            pages.push(Vec::new());
            y = TOP;
        } else {
            y += space;
        }
        for line in &b.lines {
            // Only a block taller than a page gets here with lines left over.
            if y + line.height > BOTTOM && y > TOP {
                pages.push(Vec::new());
                y = TOP;
            }
            let page = pages.last_mut().expect("there is always a page");
            page.push(Placed { block: i, top: y, line: line.clone() });
            y += line.height;
        }
    }
    pages
}

fn fill(c: (u8, u8, u8)) -> Fill {
    Fill { paint: rgb::Color::new(c.0, c.1, c.2).into(), opacity: NormalizedF32::ONE, ..Fill::default() }
}

fn stroke(c: (u8, u8, u8), w: f32) -> Stroke {
    Stroke { paint: rgb::Color::new(c.0, c.1, c.2).into(), width: w, ..Stroke::default() }
}

fn artifact(surface: &mut Surface, kind: ArtifactType, draw: impl FnOnce(&mut Surface)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
    draw(surface);
    surface.end_tagged();
}

/// The box sits on the first line of its row, its bottom just below the baseline.
fn draw_box(surface: &mut Surface, mark: Mark, baseline: f32) {
    let y = baseline + 1.0 - BOX;
    let mut pb = PathBuilder::new();
    if let Some(r) = Rect::from_xywh(LEFT + 1.0, y, BOX, BOX) {
        pb.push_rect(r);
    }
    surface.set_fill(None);
    surface.set_stroke(Some(stroke(INK, 0.9)));
    if let Some(p) = pb.finish() {
        surface.draw_path(&p);
    }
    let mut pb = PathBuilder::new();
    match mark {
        Mark::Open => {}
        Mark::Ticked => {
            pb.move_to(LEFT + 3.0, y + BOX * 0.55);
            pb.line_to(LEFT + 1.0 + BOX * 0.42, y + BOX - 2.2);
            pb.line_to(LEFT + BOX - 0.8, y + 2.0);
            surface.set_stroke(Some(stroke(ACCENT, 1.6)));
        }
        Mark::NotApplicable => {
            pb.move_to(LEFT + 3.0, y + BOX / 2.0);
            pb.line_to(LEFT + BOX - 1.0, y + BOX / 2.0);
            surface.set_stroke(Some(stroke(GREY, 1.2)));
        }
    }
    if let Some(p) = pb.finish() {
        surface.draw_path(&p);
    }
    // Text is filled and stroked with the current stroke: leave none behind.
    surface.set_stroke(None);
}

fn draw_rule(surface: &mut Surface, y: f32) {
    let mut pb = PathBuilder::new();
    pb.move_to(TEXT_X, y);
    pb.line_to(RIGHT, y);
    surface.set_stroke(Some(stroke(RULE, 0.5)));
    if let Some(p) = pb.finish() {
        surface.draw_path(&p);
    }
    surface.set_stroke(None);
}

/// The structure tree as it is built: each block's group, and the list a run of rows belongs to.
struct Tags {
    tree: TagTree,
    list: Option<TagGroup>,
}

/// One block's text identifiers, sorted into its group when the block is done.
#[derive(Default)]
struct BlockIds {
    label: Vec<Identifier>,
    body: Vec<Identifier>,
}

impl Tags {
    fn close_list(&mut self) {
        if let Some(l) = self.list.take() {
            self.tree.push(l);
        }
    }

    fn add(&mut self, block: &Block, ids: BlockIds) {
        let body = ids.body.into_iter().map(Into::into).collect();
        let title = block.heading.clone();
        match block.kind {
            Kind::Row => {
                let mut li = TagGroup::new(Tag::LI);
                li.push(TagGroup::with_children(Tag::Lbl, ids.label.into_iter().map(Into::into).collect()));
                li.push(TagGroup::with_children(Tag::LBody, vec![TagGroup::with_children(Tag::P, body).into()]));
                self.list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::None))).push(li);
            }
            other => {
                self.close_list();
                let group = match other {
                    Kind::Title => TagGroup::with_children(Tag::Hn(NonZeroU16::MIN, title), body),
                    Kind::Heading => TagGroup::with_children(Tag::Hn(NonZeroU16::MIN.saturating_add(1), title), body),
                    _ => TagGroup::with_children(Tag::P, body),
                };
                self.tree.push(group);
            }
        }
    }
}

/// Why a PDF could not be made. Never expected with the embedded font; reported, not panicked.
#[derive(Debug)]
pub struct RenderError(pub String);

#[derive(Debug)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// How many pages the checklist takes: the layout alone (wrapping and pagination), without drawing.
pub fn page_count(c: &Checklist) -> usize {
    paginate(&blocks(c)).len()
}

/// Renders the checklist. `created` is the document date (PDF/A requires one), as UTC.
pub fn render(c: &Checklist, created: chrono::NaiveDateTime) -> Result<Rendered, RenderError> {
    let locale = c.locale;
    let (Some(cjk), Some(latin)) = (font(locale, Face::Cjk), font(locale, Face::Latin)) else {
        return Err(RenderError("the embedded fonts could not be read".into()));
    };
    // One line of text, each run in the face that has its glyphs.
    let draw_line = |s: &mut Surface, x: f32, y: f32, size: f32, text: &str| {
        let mut x = x;
        for (face, run) in runs(locale, text) {
            let f = if face == Face::Cjk { cjk.clone() } else { latin.clone() };
            s.draw_text(Point::from_xy(x, y), f, size, run, false, TextDirection::Auto);
            x += width(locale, run, size);
        }
    };
    let blocks = blocks(c);
    let pages = paginate(&blocks);
    let page_count = pages.len();

    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .finish()
        .map_err(|e| RenderError(format!("{e:?}")))?;
    let settings = SerializeSettings { configuration, enable_tagging: true, ..SerializeSettings::default() };
    let mut doc = Document::new_with(settings);
    let mut tags = Tags { tree: TagTree::new().with_lang(Some(locale.tag().into())), list: None };
    let mut open: Option<(usize, BlockIds)> = None;
    let size = Size::from_wh(PAGE_W, PAGE_H).ok_or_else(|| RenderError("page size".into()))?;

    for (n, placed) in pages.iter().enumerate() {
        let mut page = doc.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        for p in placed {
            if open.as_ref().is_some_and(|(b, _)| *b != p.block)
                && let Some((b, ids)) = open.take()
            {
                tags.add(&blocks[b], ids);
            }
            let ids = &mut open.get_or_insert_with(|| (p.block, BlockIds::default())).1;
            let baseline = p.top + p.line.baseline;
            for piece in &p.line.pieces {
                match piece {
                    Piece::Text { x, size, color, text, part } => {
                        let draw = |s: &mut Surface| {
                            s.set_fill(Some(fill(*color)));
                            draw_line(s, *x, baseline, *size, text);
                        };
                        if *part == Part::Decoration {
                            artifact(&mut surface, ArtifactType::Layout, draw);
                            continue;
                        }
                        let lang = (*part == Part::BodyEn).then_some("en");
                        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty().with_lang(lang)));
                        draw(&mut surface);
                        surface.end_tagged();
                        match part {
                            Part::Label => ids.label.push(id),
                            _ => ids.body.push(id),
                        }
                    }
                    Piece::Box(mark) => artifact(&mut surface, ArtifactType::Layout, |s| draw_box(s, *mark, baseline)),
                    Piece::Rule => {
                        artifact(&mut surface, ArtifactType::Layout, |s| draw_rule(s, p.top + p.line.height - 2.0))
                    }
                }
            }
        }
        let footer = c.page_label.replace("{page}", &(n + 1).to_string()).replace("{pages}", &page_count.to_string());
        let fx = RIGHT - width(locale, &footer, DETAIL);
        artifact(&mut surface, ArtifactType::PaginationOther, |s| {
            s.set_fill(Some(fill(GREY)));
            draw_line(s, fx, FOOTER_BASELINE, DETAIL, &footer);
            let left = format!("{} · {}", c.scheme, c.header.first().map(|h| h.1.as_str()).unwrap_or(""));
            draw_line(s, LEFT, FOOTER_BASELINE, DETAIL, &left);
        });
        surface.finish();
        page.finish();
    }
    if let Some((b, ids)) = open.take() {
        tags.add(&blocks[b], ids);
    }
    tags.close_list();
    doc.set_tag_tree(tags.tree);

    let d = created;
    use chrono::{Datelike, Timelike};
    let date = DateTime::new(d.year() as u16)
        .month(d.month() as u8)
        .day(d.day() as u8)
        .hour(d.hour() as u8)
        .minute(d.minute() as u8)
        .second(d.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    doc.set_metadata(
        Metadata::new()
            .title(c.title.clone())
            .language(locale.tag().into())
            .creator("Talent Navigator".into())
            .creation_date(date),
    );
    let pdf = doc.finish().map_err(|e| RenderError(format!("{e:?}")))?;
    let pdf = crate::compact::pack(&pdf).map_err(|e| RenderError(e.0.into()))?;
    Ok(Rendered { pdf, pages: page_count })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_of(lines: usize) -> Block {
        let line = Line { height: 14.5, baseline: 11.0, pieces: vec![] };
        let mut b = Block {
            kind: Kind::Row,
            lines: vec![line; lines],
            space_before: 4.0,
            keep_with_next: false,
            heading: None,
        };
        b.lines[0].pieces.push(Piece::Box(Mark::Open));
        b
    }

    fn pages_of(placed: &[Vec<Placed>], block: usize) -> Vec<usize> {
        let mut pages: Vec<usize> =
            placed.iter().enumerate().filter(|(_, p)| p.iter().any(|l| l.block == block)).map(|(n, _)| n).collect();
        pages.dedup();
        pages
    }

    #[test]
    fn a_row_that_fits_on_a_page_is_never_split_and_every_line_is_inside_the_margins() {
        // Rows of 1 to 7 lines: many of them end near a page break.
        let blocks: Vec<Block> = (0..120).map(|i| row_of(1 + i % 7)).collect();
        let placed = paginate(&blocks);
        assert!(placed.len() > 5);
        for (i, _) in blocks.iter().enumerate() {
            assert_eq!(pages_of(&placed, i).len(), 1, "row {i} split");
        }
        for page in &placed {
            for l in page {
                assert!(l.top >= TOP && l.top + l.line.height <= BOTTOM + 0.01, "{}", l.top);
            }
        }
    }

    #[test]
    fn a_heading_moves_with_the_row_after_it() {
        let mut blocks: Vec<Block> = (0..200).map(|_| row_of(1)).collect();
        // Find the last row on page 1, then put a heading just before it.
        let first = paginate(&blocks);
        let last_on_first = first[0].last().unwrap().block;
        let head = Line { height: 16.7, baseline: 13.0, pieces: vec![] };
        blocks.insert(
            last_on_first,
            Block { kind: Kind::Heading, lines: vec![head], space_before: 0.0, keep_with_next: true, heading: None },
        );
        let placed = paginate(&blocks);
        assert_eq!(
            pages_of(&placed, last_on_first),
            pages_of(&placed, last_on_first + 1),
            "heading alone at a page foot"
        );
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_between_lines_with_its_box_first() {
        let blocks = vec![row_of(3), row_of(80), row_of(2)];
        let placed = paginate(&blocks);
        let pages = pages_of(&placed, 1);
        assert!(pages.len() >= 2, "{pages:?}");
        let first = placed.iter().flatten().find(|l| l.block == 1).unwrap();
        assert!(first.line.pieces.iter().any(|p| matches!(p, Piece::Box(_))), "the box stays with the first line");
        assert_eq!(placed.iter().flatten().filter(|l| l.block == 1).count(), 80, "no line lost");
    }
}
