package cn.nengshang.ledger.term.intake;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.term.query.DepartmentSeniors.SeniorMonth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A department's month as a workbook: one row per senior, the term and the person first, then the monthly report's
 * fields, then the reason of a correction, under headers in the reader's language (Chinese first). A workbook read
 * back becomes the rows of a department's month ({@link MonthIntake}), each field as its {@code PUT} would carry it:
 * a cell that is not a number or a date is passed on as written, so that the same checks refuse it with the same
 * field error. Headers are matched in either language or by the field's own name, in any order. The template is
 * written as every export is ({@link cn.nengshang.ledger.common.web.Spreadsheets}).
 */
@Component
public final class MonthWorkbook {

    /** A column: the field of a row it holds, and whether it is only shown (who the row is about) or read back. */
    enum Column {
        TERM_ID(MonthIntake.TERM_ID, Kind.TEXT),
        STAFF_ID("staffId", Kind.SHOWN),
        NAME("name", Kind.SHOWN),
        BUSINESS_LEARNING("businessLearning", Kind.COUNT),
        CASE_DISCUSSIONS("caseDiscussions", Kind.COUNT),
        TEACHING_ROUNDS("teachingRounds", Kind.COUNT),
        SKILLS_TRAININGS("skillsTrainings", Kind.COUNT),
        DIFFICULT_CASES("difficultCases", Kind.COUNT),
        GRADE4_OPERATIONS("grade4Operations", Kind.COUNT),
        COUNTY_CONSULTATIONS("countyConsultations", Kind.COUNT),
        GRASSROOTS_DAYS("grassrootsDays", Kind.DATES),
        GRASSROOTS_SERVICES("grassrootsServices", Kind.COUNT),
        GRASSROOTS_GRADE2_OPERATIONS("grassrootsGrade2Operations", Kind.COUNT),
        GRASSROOTS_BUSINESS_LEARNING("grassrootsBusinessLearning", Kind.COUNT),
        GRASSROOTS_CASE_DISCUSSIONS("grassrootsCaseDiscussions", Kind.COUNT),
        GRASSROOTS_TEACHING_ROUNDS("grassrootsTeachingRounds", Kind.COUNT),
        GRASSROOTS_SKILLS_TRAININGS("grassrootsSkillsTrainings", Kind.COUNT),
        CORE_WORKLOAD("coreWorkload", Kind.DECIMAL),
        DEPARTMENT_AVERAGE_WORKLOAD("departmentAverageWorkload", Kind.DECIMAL),
        CORRECTION_REASON("correctionReason", Kind.TEXT);

        final String field;
        final Kind kind;

        Column(String field, Kind kind) {
            this.field = field;
            this.kind = kind;
        }
    }

    enum Kind { TEXT, SHOWN, COUNT, DECIMAL, DATES }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final List<Locale> HEADER_LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    MonthWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    private String header(Column column, Locale locale) {
        return messages.getMessage("sheet.column." + column.field, null, column.field, locale);
    }

    /** The template's headers in the locale's language. */
    public List<String> headers(Locale locale) {
        return Arrays.stream(Column.values()).map(c -> header(c, locale)).toList();
    }

    /** The template's rows: a row per senior with what was submitted, in the order of the headers. */
    public List<List<Object>> rows(List<SeniorMonth> seniors) {
        return seniors.stream().map(MonthWorkbook::cells).toList();
    }

    private static List<Object> cells(SeniorMonth row) {
        Map<String, Object> values = new HashMap<>();
        values.put(MonthIntake.TERM_ID, row.termId());
        values.put("staffId", row.staffId());
        values.put("name", row.name());
        if (row.submitted() != null) {
            JSON.convertValue(row.submitted(), ObjectNode.class).fields().forEachRemaining(e -> {
                JsonNode value = e.getValue();
                if (value.isArray()) {
                    List<String> days = new ArrayList<>();
                    value.forEach(day -> days.add(day.asText()));
                    values.put(e.getKey(), String.join(", ", days));
                } else if (value.isNumber()) {
                    values.put(e.getKey(), value.decimalValue());
                } else if (!value.isNull()) {
                    values.put(e.getKey(), value.asText());
                }
            });
        }
        return Arrays.stream(Column.values()).map(column -> values.get(column.field)).toList();
    }

    /**
     * Reads a workbook's first sheet into a department's rows, at most {@code maxRows} of them; rows with nothing but
     * who they are about are skipped. A file that is not a workbook, a header that is no column of the month, a missing
     * term column or too many rows is refused as a whole.
     */
    public List<JsonNode> read(InputStream in, int maxRows) {
        Reader reader = new Reader(maxRows);
        try {
            // a workbook is a zip archive; anything else (a spreadsheet library would read it as CSV) is refused
            BufferedInputStream file = new BufferedInputStream(in);
            file.mark(4);
            byte[] magic = file.readNBytes(4);
            file.reset();
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("file", "WORKBOOK")));
            }
            FastExcel.read(file, reader).excelType(ExcelTypeEnum.XLSX).sheet(0).headRowNumber(1).doRead();
        } catch (LedgerException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            Optional<LedgerException> refused = causes(unreadable);
            if (refused.isPresent()) throw refused.get();
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("file", "WORKBOOK")));
        }
        if (reader.columns == null) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("file", "WORKBOOK_EMPTY")));
        }
        return reader.rows;
    }

    private static Optional<LedgerException> causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LedgerException refused) return Optional.of(refused);
        }
        return Optional.empty();
    }

    /** Which column a header names: its label in either language, or the field's own name. */
    private Map<String, Column> headers() {
        Map<String, Column> byHeader = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            byHeader.put(column.field, column);
            HEADER_LANGUAGES.forEach(locale -> byHeader.put(header(column, locale), column));
        }
        return byHeader;
    }

    private final class Reader extends AnalysisEventListener<Map<Integer, String>> {

        private final int maxRows;
        private final List<JsonNode> rows = new ArrayList<>();
        private Map<Integer, Column> columns;

        Reader(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            Map<String, Column> known = headers();
            Map<Integer, Column> found = new HashMap<>();
            List<FieldProblem> problems = new ArrayList<>();
            head.forEach((index, text) -> {
                if (text == null || text.isBlank()) return;
                Column column = known.get(text.strip());
                if (column == null) {
                    problems.add(FieldProblem.of("header[" + index + "]", "UNKNOWN_COLUMN", text.strip()));
                } else if (found.containsValue(column)) {
                    problems.add(FieldProblem.of("header[" + index + "]", "COLUMN_REPEATED", text.strip()));
                } else {
                    found.put(index, column);
                }
            });
            if (!found.containsValue(Column.TERM_ID)) {
                problems.add(FieldProblem.of(MonthIntake.TERM_ID, "COLUMN_MISSING"));
            }
            if (!problems.isEmpty()) throw new LedgerException(ErrorCode.VALIDATION_FAILED, problems);
            columns = found;
        }

        @Override
        public void invoke(Map<Integer, String> cells, AnalysisContext context) {
            if (columns == null) return;
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            columns.forEach((index, column) -> {
                String text = cells.get(index);
                if (text == null || text.isBlank() || column.kind == Kind.SHOWN) return;
                put(row, column, text.strip());
            });
            // a senior's row of the template left as it came (nothing but who it is about) is not a submission
            if (row.isEmpty() || (row.size() == 1 && row.has(MonthIntake.TERM_ID))) return;
            // a row filled in with no grassroots day names none (a count left empty is refused as missing)
            if (columns.containsValue(Column.GRASSROOTS_DAYS) && !row.has(Column.GRASSROOTS_DAYS.field)) {
                row.putArray(Column.GRASSROOTS_DAYS.field);
            }
            if (rows.size() == maxRows) {
                throw new LedgerException(ErrorCode.VALIDATION_FAILED,
                        List.of(FieldProblem.of("reports", "TOO_MANY", maxRows)));
            }
            rows.add(row);
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // every row was taken as it came
        }
    }

    /** A cell as its field: a count or a decimal as a number, dates as a list; anything else as written. */
    private static void put(ObjectNode row, Column column, String text) {
        switch (column.kind) {
            case COUNT -> number(text).filter(n -> n.stripTrailingZeros().scale() <= 0)
                    .ifPresentOrElse(n -> row.put(column.field, n.toBigInteger()), () -> row.put(column.field, text));
            case DECIMAL -> number(text).ifPresentOrElse(n -> row.put(column.field, n), () -> row.put(column.field, text));
            case DATES -> {
                ArrayNode days = row.putArray(column.field);
                for (String part : text.split("[,，;；、\\s]+")) {
                    if (!part.isBlank()) days.add(date(part).map(LocalDate::toString).orElse(part));
                }
            }
            default -> row.put(column.field, text);
        }
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        for (Function<String, LocalDate> format : List.<Function<String, LocalDate>>of(LocalDate::parse,
                t -> LocalDate.parse(t, SLASHED))) {
            try {
                return Optional.of(format.apply(text));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return Optional.empty();
    }
}
