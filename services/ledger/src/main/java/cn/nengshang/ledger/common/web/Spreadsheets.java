package cn.nengshang.ledger.common.web;

import cn.idev.excel.FastExcel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Workbooks the product writes: one sheet, a header row, and text that a spreadsheet would take for a formula
 * (=, +, -, @, or a tab or return first) written with a leading apostrophe, so that opening or re-saving an export
 * never evaluates what someone typed as a name or a reason.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    public static String inert(String text) {
        if (text == null || text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    public static void write(OutputStream out, String sheet, List<String> headers, List<List<Object>> rows) {
        List<List<Object>> safe = rows.stream()
                .map(row -> row.stream().map(cell -> cell instanceof String text ? (Object) inert(text) : cell).toList())
                .toList();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet(sheet).doWrite(safe);
    }

    /** A workbook as the answer to a GET, to be saved under the file name given. */
    public static ResponseEntity<byte[]> download(String filename, String sheet, List<String> headers,
                                                  List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, sheet, headers, rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename,
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
