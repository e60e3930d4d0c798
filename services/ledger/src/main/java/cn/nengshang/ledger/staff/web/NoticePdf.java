package cn.nengshang.ledger.staff.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The notice as a printable A4 landscape page: a title, the preamble, a table of the lines and how to object. Set in
 * WenQuanYi Micro Hei (shipped in the jar under the Apache License 2.0, see fonts/), embedded as the glyphs used,
 * so the file prints the same on any machine.
 */
@Component
class NoticePdf {

    static final String PDF = "application/pdf";
    private static final String FONT = "fonts/wqy-microhei.ttc";

    private final byte[] font;

    NoticePdf() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the notice's font " + FONT + " is not in the jar", e);
        }
    }

    byte[] render(String title, String preamble, List<String> headers, List<NoticeDocuments.Line> lines,
                  String closing) {
        try {
            BaseFont base = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.CACHED, font, null);
            Font heading = new Font(base, 16, Font.BOLD);
            Font body = new Font(base, 10);
            Font small = new Font(base, 8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Paragraph head = new Paragraph(title, heading);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(10);
            document.add(head);
            document.add(new Paragraph(preamble, body));
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            table.setWidths(new float[]{10, 8, 7, 6, 10, 8, 5, 8, 8, 14, 16});
            headers.forEach(h -> table.addCell(cell(h, small)));
            for (NoticeDocuments.Line line : lines) {
                for (Object value : List.of(line.caseId(), line.kind(), line.staffId(), line.name(), line.institution(),
                        line.department(), line.postGrade(), line.startsOn(), line.endsOn(), line.completion(),
                        line.failed())) {
                    table.addCell(cell(String.valueOf(value), small));
                }
            }
            document.add(table);
            Paragraph end = new Paragraph(closing, body);
            end.setSpacingBefore(10);
            document.add(end);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }

    static ResponseEntity<byte[]> download(String filename, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
