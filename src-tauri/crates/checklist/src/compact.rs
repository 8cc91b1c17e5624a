//! Packs the PDF's dictionaries and arrays into one compressed object stream, indexed by a
//! cross-reference stream (PDF 1.5 and later; allowed in PDF/A-2). krilla writes every object in the
//! clear; on a one-page checklist the structure tree, fonts and page dictionaries are a third of the
//! file. Streams (fonts, page content, the XMP metadata that PDF/A keeps uncompressed) are copied
//! byte for byte; only where objects live changes, never what they say.

use flate2::{Compression, write::ZlibEncoder};
use std::io::Write;

/// Why a PDF could not be packed: it is not in the shape pdf-writer writes (a defect, not user input).
#[derive(Debug, PartialEq, Eq)]
pub struct Unexpected(pub &'static str);

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn number(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).ok()?.trim().parse().ok()
}

/// The byte offset of each object (index = object number; 0 = free), from the classic xref table.
fn offsets(pdf: &[u8]) -> Result<(Vec<Option<usize>>, usize), Unexpected> {
    let start = rfind(pdf, b"startxref").ok_or(Unexpected("no startxref"))?;
    let xref =
        number(pdf[start + 9..].split(|b| *b == b'%').next().unwrap_or_default()).ok_or(Unexpected("bad startxref"))?;
    let table = pdf.get(xref..).filter(|t| t.starts_with(b"xref\n")).ok_or(Unexpected("no xref table"))?;
    let mut lines = table.split(|b| *b == b'\n').skip(1);
    let header = lines.next().ok_or(Unexpected("no xref header"))?;
    let count = header.split(|b| *b == b' ').nth(1).and_then(number).ok_or(Unexpected("bad xref header"))?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let entry = lines.next().ok_or(Unexpected("short xref table"))?;
        out.push(match entry.get(17) {
            Some(b'n') => Some(number(&entry[..10]).ok_or(Unexpected("bad xref entry"))?),
            _ => None,
        });
    }
    Ok((out, xref))
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(data);
    z.finish().unwrap_or_default()
}

fn stream_object(out: &mut Vec<u8>, num: usize, dict: &str, data: &[u8]) {
    out.extend_from_slice(
        format!("{num} 0 obj\n<<{dict}/Filter/FlateDecode/Length {}>>\nstream\n", data.len()).as_bytes(),
    );
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
}

/// `pdf` with every non-stream object in one object stream and a cross-reference stream.
pub fn pack(pdf: &[u8]) -> Result<Vec<u8>, Unexpected> {
    let (offsets, xref_at) = offsets(pdf)?;
    let trailer_at = find(pdf, b"trailer", xref_at).ok_or(Unexpected("no trailer"))?;
    let trailer = &pdf[trailer_at + 7..];
    let dict_end = find(trailer, b">>\nstartxref", 0).ok_or(Unexpected("bad trailer"))?;
    let trailer = std::str::from_utf8(&trailer[..dict_end]).map_err(|_| Unexpected("trailer is not text"))?;
    let trailer = trailer.trim().strip_prefix("<<").ok_or(Unexpected("bad trailer"))?;
    // Everything after /Size (Root, Info, ID) carries over into the cross-reference stream.
    let rest = trailer
        .strip_prefix("/Size")
        .and_then(|t| t.find('/').map(|i| &t[i..]))
        .ok_or(Unexpected("trailer without /Size first"))?;

    let first = offsets.iter().flatten().min().copied().ok_or(Unexpected("no objects"))?;
    let mut ends: Vec<usize> = offsets.iter().flatten().copied().chain([xref_at]).collect();
    ends.sort_unstable();

    let size = offsets.len();
    let (objstm, xrefstm) = (size, size + 1);
    let mut out = pdf[..first].to_vec();
    // (type, field 2, field 3) per object number: 1 = at an offset, 2 = inside the object stream.
    let mut entries = vec![(0u8, 0usize, 0xFFFFusize); size + 2];
    let (mut packed, mut index) = (Vec::new(), Vec::new());
    for (num, off) in offsets.iter().enumerate() {
        let Some(off) = *off else { continue };
        let end = ends[ends.partition_point(|e| *e <= off)];
        let object = &pdf[off..end];
        let header = format!("{num} 0 obj\n");
        let body = object
            .strip_prefix(header.as_bytes())
            .and_then(|b| b.trim_ascii_end().strip_suffix(b"endobj"))
            .map(<[u8]>::trim_ascii)
            .ok_or(Unexpected("object not where the xref table says"))?;
        if body.ends_with(b"endstream") {
            entries[num] = (1, out.len(), 0);
            out.extend_from_slice(object.trim_ascii_end());
            out.push(b'\n');
        } else {
            entries[num] = (2, objstm, index.len() / 2);
            index.extend([num, packed.len()]);
            packed.extend_from_slice(body);
            packed.push(b'\n');
        }
    }
    let table = index.iter().map(usize::to_string).collect::<Vec<_>>().join(" ") + "\n";
    let mut content = table.clone().into_bytes();
    content.extend_from_slice(&packed);
    entries[objstm] = (1, out.len(), 0);
    stream_object(
        &mut out,
        objstm,
        &format!("/Type/ObjStm/N {}/First {}", index.len() / 2, table.len()),
        &deflate(&content),
    );

    entries[xrefstm] = (1, out.len(), 0);
    let mut rows = Vec::with_capacity(entries.len() * 7);
    for (kind, a, b) in &entries {
        rows.push(*kind);
        rows.extend_from_slice(&(*a as u32).to_be_bytes());
        rows.extend_from_slice(&(*b as u16).to_be_bytes());
    }
    let xref_offset = out.len();
    stream_object(&mut out, xrefstm, &format!("/Type/XRef/Size {}/W[1 4 2]{rest}", size + 2), &deflate(&rows));
    out.extend_from_slice(format!("startxref\n{xref_offset}\n%%EOF").as_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classic(objects: &[&[u8]]) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n%\x80\x80\x80\x80\n\n".to_vec();
        let mut offs = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offs.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            pdf.extend_from_slice(body);
            pdf.extend_from_slice(b"\nendobj\n");
        }
        let xref = pdf.len();
        pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).as_bytes());
        for o in offs {
            pdf.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes());
        }
        pdf.extend_from_slice(
            format!("trailer\n<</Size {}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF", objects.len() + 1).as_bytes(),
        );
        pdf
    }

    #[test]
    fn dictionaries_move_into_the_object_stream_and_streams_stay_byte_for_byte() {
        let stream = b"<</Length 10>>\nstream\nendobj!!!\nendstream".as_slice();
        let pdf = classic(&[b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Count 0/Kids[]>>", stream]);
        let packed = pack(&pdf).unwrap();
        assert!(find(&packed, stream, 0).is_some(), "the stream is copied as it was");
        assert!(find(&packed, b"1 0 obj", 0).is_none(), "the catalog is no longer a top-level object");
        // The object stream holds both dictionaries at the offsets its index gives.
        let start = find(&packed, b"stream\n", find(&packed, b"4 0 obj", 0).unwrap()).unwrap() + 7;
        let end = find(&packed, b"\nendstream", start).unwrap();
        let mut inflated = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(&packed[start..end]), &mut inflated).unwrap();
        assert_eq!(inflated, b"1 0 2 30\n<</Type/Catalog/Pages 2 0 R>>\n<</Type/Pages/Count 0/Kids[]>>\n");
        assert!(find(&packed, b"/Type/ObjStm/N 2/First 9/", 0).is_some(), "index \"1 0 2 30\\n\"");
        assert!(find(&packed, b"/Type/XRef/Size 6/W[1 4 2]/Root 1 0 R", 0).is_some());
        assert!(packed.starts_with(b"%PDF-1.7\n%\x80\x80\x80\x80\n"));
        assert!(packed.ends_with(b"%%EOF"));
    }

    #[test]
    fn anything_not_shaped_like_pdf_writer_output_is_refused() {
        assert_eq!(pack(b"%PDF-1.7\n").unwrap_err(), Unexpected("no startxref"));
        let mut pdf = classic(&[b"<<>>"]);
        let at = find(&pdf, b"1 0 obj", 0).unwrap();
        pdf[at] = b'7';
        assert_eq!(pack(&pdf).unwrap_err(), Unexpected("object not where the xref table says"));
    }
}
