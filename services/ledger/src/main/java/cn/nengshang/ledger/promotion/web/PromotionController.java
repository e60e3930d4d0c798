package cn.nengshang.ledger.promotion.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.common.web.Spreadsheets;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.promotion.api.RecordContinuingEducation;
import cn.nengshang.ledger.promotion.api.RecordExamPass;
import cn.nengshang.ledger.promotion.api.RecordQualifications;
import cn.nengshang.ledger.promotion.query.PromotionRecord;
import cn.nengshang.ledger.promotion.query.PromotionRuleBook;
import cn.nengshang.policy.promotion.Education;
import cn.nengshang.policy.promotion.Eligibility;
import cn.nengshang.policy.promotion.PromotionEvaluator;
import cn.nengshang.policy.promotion.PromotionRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 能上 over HTTP: the HR centre records the facts only the title rules read; anyone who may read a person's record
 * asks whether they may apply for the next title in a review year, as the record stood on a day.
 */
@RestController
class PromotionController {

    private final Commands commands;
    private final PeopleDirectory people;
    private final PromotionRecord record;
    private final PromotionRuleBook rules;
    private final Clock clock;
    private final MessageSource messages;
    private final PromotionEvaluator evaluator = new PromotionEvaluator();

    PromotionController(Commands commands, PeopleDirectory people, PromotionRecord record, PromotionRuleBook rules,
                        Clock clock, MessageSource messages) {
        this.commands = commands;
        this.people = people;
        this.record = record;
        this.rules = rules;
        this.clock = clock;
        this.messages = messages;
    }

    record Exceptional(String achievement, LocalDate recordedOn) {
    }

    record QualificationsRequest(Education education, LocalDate titleObtainedOn, Exceptional exceptional) {
    }

    @PutMapping("/api/v1/staff/{staffId}/qualifications")
    QualificationsRequest qualifications(@PathVariable StaffId staffId, @RequestBody QualificationsRequest request,
                                         Actor actor) {
        Exceptional exceptional = request.exceptional() == null ? new Exceptional(null, null) : request.exceptional();
        commands.send(new RecordQualifications(staffId, request.education(), request.titleObtainedOn(),
                exceptional.achievement(), exceptional.recordedOn()), actor);
        return request;
    }

    record ExamRequest(LocalDate passedOn) {
    }

    record Exam(String staffId, LocalDate passedOn) {
    }

    @PostMapping("/api/v1/staff/{staffId}/exams")
    @ResponseStatus(HttpStatus.CREATED)
    Exam exam(@PathVariable StaffId staffId, @RequestBody ExamRequest request, Actor actor) {
        commands.send(new RecordExamPass(staffId, request.passedOn()), actor);
        return new Exam(staffId.value(), request.passedOn());
    }

    record EducationRequest(Boolean met) {
    }

    record ContinuingEducation(String staffId, int year, boolean met) {
    }

    @PutMapping("/api/v1/staff/{staffId}/cme/{year}")
    ContinuingEducation continuingEducation(@PathVariable StaffId staffId, @PathVariable int year,
                                            @RequestBody EducationRequest request, Actor actor) {
        commands.send(new RecordContinuingEducation(staffId, year, request.met()), actor);
        return new ContinuingEducation(staffId.value(), year, Boolean.TRUE.equals(request.met()));
    }

    record ConditionView(String condition, boolean met, String detail, List<String> records) {
    }

    record EligibilityView(String staffId, String name, String institutionId, String departmentId, int reviewYear,
                           LocalDate asOf, String rulesId, String targetRank, boolean eligible, List<String> unmet,
                           List<ConditionView> conditions) {
    }

    /** Every condition of the rules for the review year, as the record stood at the end of {@code asOf} (today). */
    @GetMapping("/api/v1/staff/{staffId}/promotion-eligibility")
    EligibilityView eligibility(@PathVariable StaffId staffId, @RequestParam(required = false) Integer reviewYear,
                                @RequestParam(required = false) LocalDate asOf, Actor actor) {
        PersonOnRecord person = people.readable(staffId, actor);
        PromotionRules version = version(reviewYear);
        LocalDate day = asOf == null ? LocalDate.now(clock.withZone(BusinessTime.ZONE)) : asOf;
        return view(person, version, reviewYear, day, BusinessTime.endOf(day), LocaleContextHolder.getLocale());
    }

    /** The seniors of a scope with their answer, for HR preparing the year's review; {@code eligible} filters. */
    @GetMapping("/api/v1/promotion-candidates")
    List<EligibilityView> candidates(@RequestParam(required = false) Integer reviewYear,
                                     @RequestParam(required = false) String institution,
                                     @RequestParam(required = false) Boolean eligible,
                                     @RequestParam(required = false) LocalDate asOf, Actor actor) {
        PromotionRules version = version(reviewYear);
        LocalDate day = asOf == null ? LocalDate.now(clock.withZone(BusinessTime.ZONE)) : asOf;
        Instant before = BusinessTime.endOf(day);
        Locale locale = LocaleContextHolder.getLocale();
        return people.within(ReadScope.of(actor, institution, null)).stream()
                .map(p -> view(p, version, reviewYear, day, before, locale))
                .filter(v -> eligible == null || v.eligible() == eligible).toList();
    }

    @GetMapping(path = "/api/v1/promotion-candidates.xlsx", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer reviewYear,
                                    @RequestParam(required = false) String institution,
                                    @RequestParam(required = false) Boolean eligible,
                                    @RequestParam(required = false) LocalDate asOf, Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of("staffId", "name", "institutionId", "departmentId",
                "targetRank", "eligible")).stream().map(h -> messages.getMessage("sheet.promotion." + h, null, locale))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<String> conditions = List.of(PromotionEvaluator.YEARS_IN_TITLE, PromotionEvaluator.ANNUAL_RATINGS,
                PromotionEvaluator.PRACTICE_EXAM, PromotionEvaluator.CONTINUING_EDUCATION, PromotionEvaluator.VETOES,
                PromotionEvaluator.SCHEME);
        conditions.forEach(c -> headers.add(messages.getMessage("sheet.promotion." + c, null, locale)));
        String yes = messages.getMessage("sheet.progress.yes", null, locale);
        String no = messages.getMessage("sheet.progress.no", null, locale);
        List<List<Object>> rows = candidates(reviewYear, institution, eligible, asOf, actor).stream().map(v -> {
            List<Object> row = new ArrayList<>(List.of(v.staffId(), v.name(), v.institutionId(), v.departmentId(),
                    v.targetRank() == null ? "" : v.targetRank(), v.eligible() ? yes : no));
            conditions.forEach(c -> v.conditions().stream().filter(x -> x.condition().equals(c)).findFirst()
                    .ifPresent(x -> row.add((x.met() ? "✓ " : "✗ ") + x.detail())));
            return row;
        }).toList();
        return Spreadsheets.download("promotion-candidates-" + reviewYear + ".xlsx", "candidates", headers, rows);
    }

    private PromotionRules version(Integer reviewYear) {
        if (reviewYear == null || reviewYear < 2000 || reviewYear > 2199) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(reviewYear == null
                    ? FieldProblem.of("reviewYear", "REQUIRED") : FieldProblem.of("reviewYear", "RANGE", 2000, 2199)));
        }
        return rules.forReviewYear(reviewYear).orElseThrow(() -> new LedgerException(ErrorCode.VALIDATION_FAILED,
                List.of(FieldProblem.of("reviewYear", "NO_PROMOTION_RULES", reviewYear))));
    }

    private EligibilityView view(PersonOnRecord person, PromotionRules version, int reviewYear, LocalDate day,
                                 Instant before, Locale locale) {
        Eligibility answer = evaluator.evaluate(version, record.read(StaffId.of(person.staffId()), person.rank(), before),
                reviewYear);
        return new EligibilityView(person.staffId(), person.name(), person.institutionId(), person.departmentId(),
                reviewYear, day, answer.rulesId(), answer.targetTitle(), answer.eligible(),
                answer.conditions().stream().filter(c -> !c.met()).map(Eligibility.Condition::condition).toList(),
                answer.conditions().stream().map(c -> new ConditionView(c.condition(), c.met(), c.detail().in(locale),
                        c.records())).toList());
    }
}
