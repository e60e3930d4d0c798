package cn.nengshang.ledger.term.intake;

import cn.idev.excel.FastExcel;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.Spreadsheets;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.query.DepartmentSeniors.SeniorMonth;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The month's workbook on its own: what the template holds, and how a filled-in sheet becomes rows. */
class MonthWorkbookTest {

    private final MonthWorkbook workbook = new MonthWorkbook(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet("month").doWrite(rows);
        return out.toByteArray();
    }

    private List<JsonNode> read(byte[] sheet, int maxRows) {
        return workbook.read(new ByteArrayInputStream(sheet), maxRows);
    }

    @Test
    void cellsBecomeTheReportsFieldsAndWhatIsNoNumberStaysAsWritten() {
        List<JsonNode> rows = read(sheet(List.of("任期编号", "Business learning", "caseDiscussions", "下基层日期（逗号分隔）",
                        "本人核心工作量", "更正原因", "姓名"),
                List.of(List.of("T-1", 2, "3.0", "2026-03-02，2026/3/9; 2026-03-16", "12.5", "补录", "某人"),
                        List.of("T-2", "两次", "1.5", "", "", "", ""),
                        List.of("T-3", "", "", "", "", "", "只有姓名"))), 10);
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.path("termId").asText()).isEqualTo("T-1");
        assertThat(first.path("businessLearning").isIntegralNumber()).isTrue();
        assertThat(first.path("caseDiscussions").asInt()).isEqualTo(3);
        assertThat(first.path("grassrootsDays").toString()).isEqualTo("[\"2026-03-02\",\"2026-03-09\",\"2026-03-16\"]");
        assertThat(first.path("coreWorkload").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(first.path("correctionReason").asText()).isEqualTo("补录");
        assertThat(first.has("name")).as("who the row is about is only shown").isFalse();
        JsonNode second = rows.get(1);
        assertThat(second.path("businessLearning").asText()).as("passed on for the report's own check").isEqualTo("两次");
        assertThat(second.path("caseDiscussions").isTextual()).as("no fraction of a count").isTrue();
        assertThat(second.path("grassrootsDays")).as("no day named").isEmpty();
    }

    @Test
    void aFileThatIsNoWorkbookOrNoMonthIsRefusedWhole() {
        assertThatThrownBy(() -> read("not a workbook".getBytes(), 10)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("file").hasMessageContaining("WORKBOOK");
        assertThatThrownBy(() -> read(sheet(List.of("任期编号", "奇怪的列"), List.of(List.of("T-1", "1"))), 10))
                .hasMessageContaining("UNKNOWN_COLUMN");
        assertThatThrownBy(() -> read(sheet(List.of("姓名", "业务学习（次）"), List.of(List.of("某人", 1))), 10))
                .hasMessageContaining("termId").hasMessageContaining("COLUMN_MISSING");
        assertThatThrownBy(() -> read(sheet(List.of("任期编号", "termId"), List.of(List.of("T-1", "T-1"))), 10))
                .hasMessageContaining("COLUMN_REPEATED");
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) many.add(List.of("T-" + i, 1));
        assertThatThrownBy(() -> read(sheet(List.of("任期编号", "业务学习（次）"), many), 10))
                .hasMessageContaining("TOO_MANY");
    }

    /** A workbook that inflates far beyond its size (a zip bomb) is refused before it is read into memory. */
    @Test
    void aWorkbookThatInflatesBeyondReasonIsRefused() throws Exception {
        byte[] workbook = sheet(List.of("任期编号", "业务学习（次）"), List.of(List.of("T-1", 1)));
        Path file = Files.createTempFile("workbook", ".xlsx");
        Files.write(file, workbook);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    // 200 MB of spaces inside the sheet: a few hundred KB once compressed
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) out.write(spaces);
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        Files.delete(file);
        assertThat(bomb.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(bomb.toByteArray(), 10)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("WORKBOOK");
    }

    @Test
    void theTemplateNeverHoldsAFormulaAndReadsBackAsItsRows() {
        MonthlyReport submitted = new MonthlyReport(1, 2, 3, 4, 5, 6, 7, List.of(LocalDate.of(2026, 3, 2)), 8, 9, 10,
                11, 12, 13, new BigDecimal("120.5"), new BigDecimal("100"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.write(out, "month", workbook.headers(Locale.SIMPLIFIED_CHINESE), workbook.rows(List.of(
                new SeniorMonth("T-1", "CL-1", "=1+2", submitted), new SeniorMonth("T-2", "CL-2", "@SUM(A1)", null))));
        List<Map<Integer, String>> cells = FastExcel.read(new ByteArrayInputStream(out.toByteArray())).sheet(0)
                .headRowNumber(0).doReadSync();
        assertThat(cells.get(0).get(0)).isEqualTo("任期编号");
        assertThat(cells.get(1).get(2)).isEqualTo("'=1+2");
        assertThat(cells.get(2).get(2)).isEqualTo("'@SUM(A1)");
        List<JsonNode> rows = read(out.toByteArray(), 10);
        assertThat(rows).as("the senior with nothing submitted is no submission").hasSize(1);
        assertThat(rows.get(0).path("grassrootsSkillsTrainings").asInt()).isEqualTo(13);
        assertThat(rows.get(0).path("grassrootsDays").toString()).isEqualTo("[\"2026-03-02\"]");
        assertThat(Spreadsheets.inert("-5")).isEqualTo("'-5");
        assertThat(Spreadsheets.inert("阿依古丽")).isEqualTo("阿依古丽");
    }

    /** A 1,000-row workbook read: how long and how much it allocates, written for the note (not asserted). */
    @Test
    void aThousandRowWorkbookIsReadRowByRow() throws Exception {
        List<String> headers = new ArrayList<>(List.of("任期编号"));
        for (MonthWorkbook.Column column : MonthWorkbook.Column.values()) {
            if (column.kind == MonthWorkbook.Kind.COUNT) headers.add(column.field);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            List<Object> row = new ArrayList<>(List.of("T-" + i));
            for (int c = 1; c < headers.size(); c++) row.add(c % 5);
            rows.add(row);
        }
        byte[] file = sheet(headers, rows);
        read(file, 2000); // warm
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long began = System.nanoTime();
        List<JsonNode> read = read(file, 2000);
        long millis = (System.nanoTime() - began) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(read).hasSize(1000);
        assertThat(read.get(999).path("termId").asText()).isEqualTo("T-999");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/month-workbook.txt"), String.format(
                "a 1,000-row workbook (%d KB, %d columns) read in %d ms, %d MB allocated by the reading thread%n",
                file.length / 1024, headers.size(), millis, allocated / (1024 * 1024)));
    }
}
