package cn.nengshang.ledger.term.command;

import cn.nengshang.policy.progress.TermFacts;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.ledger.term.api.AchievementRecorded;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.ExemptWeek;
import cn.nengshang.ledger.term.api.MenteeAssessed;
import cn.nengshang.ledger.term.api.MenteeRegistered;
import cn.nengshang.ledger.term.api.MenteeReplaced;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.ProjectRecorded;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.ReplaceMentee;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.api.TermEvent;
import cn.nengshang.ledger.term.api.WeekExempted;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Policy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The guards of one term's entries — reports, mentees, projects, achievements, exempt weeks, verdicts —
 * each turning a valid command into its event and refusing an invalid one with its code.
 */
final class TermEntries {

    private final StaffId staffId;
    private final TermRecord term;
    private final Actor actor;
    private final LocalDate today;

    TermEntries(StaffId staffId, TermRecord term, Actor actor, LocalDate today) {
        this.staffId = staffId;
        this.term = term;
        this.actor = actor;
        this.today = today;
    }

    record Submission(Optional<TermEvent> event, ReportReceipt receipt) {
    }

    Submission submission(SubmitMonthlyReport command) {
        if (command.month() == null || command.report() == null) {
            throw new LedgerException(ErrorCode.MALFORMED_REQUEST);
        }
        TermCalendar calendar = term.calendar();
        if (!calendar.contains(command.month())) {
            throw new LedgerException(ErrorCode.MONTH_OUTSIDE_TERM, command.month().toString(),
                    calendar.startMonth().toString(), calendar.endMonth().toString());
        }
        if (!command.month().isBefore(YearMonth.from(today))) {
            throw new LedgerException(ErrorCode.MONTH_NOT_ENDED, command.month().toString());
        }
        LedgerException.failIfAny(command.report().problems(command.month()));
        TermRecord.Logged logged = term.report(command.month());
        int version = logged == null ? 0 : logged.version();
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new LedgerException(ErrorCode.PRECONDITION_FAILED, version);
        }
        if (logged != null && logged.report().equals(command.report())) {
            return new Submission(Optional.empty(), new ReportReceipt(ReportReceipt.Outcome.UNCHANGED, version));
        }
        boolean afterVerdict = term.verdict(Quarter.of(command.month())) != null;
        if (logged == null) {
            return new Submission(Optional.of(new MonthlyReportSubmitted(staffId, term.termId(), command.month(),
                    command.report(), afterVerdict)), new ReportReceipt(ReportReceipt.Outcome.CREATED, 1));
        }
        if (afterVerdict && !actor.has(Role.HR_CENTER)) {
            throw new LedgerException(ErrorCode.REPORT_LOCKED, Quarter.of(command.month()).toString());
        }
        String reason = command.correctionReason() == null ? "" : command.correctionReason().strip();
        if (reason.isEmpty()) {
            throw new LedgerException(ErrorCode.CORRECTION_REASON_REQUIRED, command.month().toString());
        }
        new Checks().text("correctionReason", reason).orRefuse();
        return new Submission(Optional.of(new MonthlyReportCorrected(staffId, term.termId(), command.month(),
                command.report(), reason)), new ReportReceipt(ReportReceipt.Outcome.CORRECTED, version + 1));
    }

    MenteeRegistered mentee(RegisterMentee command) {
        new Checks().id("menteeId", command.menteeId()).name("name", command.name())
                .present("track", command.track()).positive("baselineScore", command.baselineScore(), DomainRange.MAX_SCORE)
                .dayInTerm("since", command.since(), term.calendar(), today).orRefuse();
        if (term.mentee(command.menteeId()) != null) {
            throw new LedgerException(ErrorCode.MENTEE_EXISTS, command.menteeId());
        }
        return new MenteeRegistered(staffId, term.termId(), command.menteeId(), command.name().strip(),
                command.track(), command.baselineScore(), command.since());
    }

    MenteeAssessed assessment(AssessMentee command) {
        Mentee mentee = activeMentee(command.menteeId());
        Checks checks = new Checks().number("score", command.score(), DomainRange.MAX_SCORE)
                .dayInTerm("date", command.date(), term.calendar(), today);
        if (command.date() != null && command.date().isBefore(mentee.since())) {
            checks.add(FieldProblem.of("date", "BEFORE_SINCE", mentee.since().toString()));
        }
        checks.orRefuse();
        return new MenteeAssessed(staffId, term.termId(), command.menteeId(), command.date(), command.score());
    }

    MenteeReplaced replacement(ReplaceMentee command) {
        activeMentee(command.menteeId());
        new Checks().text("reason", command.reason()).id("replacedBy.menteeId", command.replacementId())
                .name("replacedBy.name", command.replacementName())
                .positive("replacedBy.baselineScore", command.replacementBaselineScore(), DomainRange.MAX_SCORE).orRefuse();
        if (term.mentee(command.replacementId()) != null) {
            throw new LedgerException(ErrorCode.MENTEE_EXISTS, command.replacementId());
        }
        return new MenteeReplaced(staffId, term.termId(), command.menteeId(), command.reason().strip(),
                command.replacementId(), command.replacementName().strip(), command.replacementBaselineScore(), today);
    }

    ProjectRecorded project(RecordProject command) {
        new Checks().present("kind", command.kind()).present("level", command.level())
                .present("role", command.role()).text("title", command.title())
                .dayInTerm("date", command.date(), term.calendar(), today).orRefuse();
        return new ProjectRecorded(staffId, term.termId(), nextId("P"), command.kind(), command.level(),
                command.role(), command.title().strip(), command.date());
    }

    AchievementRecorded achievement(RecordAchievement command) {
        Checks checks = new Checks().present("kind", command.kind()).text("description", command.description())
                .dayInTerm("date", command.date(), term.calendar(), today);
        if (command.kind() != null && command.kind().needsLevel()) checks.present("level", command.level());
        if (command.kind() != null && command.kind().needsValue()) {
            checks.number("value", command.value(), command.kind().isRate() ? DomainRange.PERCENT : DomainRange.MAX_SCORE);
        }
        checks.orRefuse();
        return new AchievementRecorded(staffId, term.termId(), nextId("A"), command.kind(), command.date(),
                command.kind().needsLevel() ? command.level() : null,
                command.kind().needsValue() ? command.value() : null, command.description().strip());
    }

    WeekExempted exemption(ExemptWeek command) {
        new Checks().text("reason", command.reason()).inTerm("weekOf", command.weekOf(), term.calendar()).orRefuse();
        LocalDate monday = command.weekOf().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (term.exempt(monday)) {
            throw new LedgerException(ErrorCode.WEEK_ALREADY_EXEMPT, monday.toString());
        }
        return new WeekExempted(staffId, term.termId(), monday, command.reason().strip());
    }

    QuarterlyVerdictRecorded verdict(RecordQuarterlyVerdict command, Policy policy, ProgressEvaluator evaluator,
                                     TermFacts facts) {
        new Checks().present("quarter", command.quarter()).present("verdict", command.verdict()).orRefuse();
        Quarter quarter = command.quarter();
        if (!term.calendar().overlaps(quarter)) {
            throw new LedgerException(ErrorCode.QUARTER_OUTSIDE_TERM, quarter.toString());
        }
        if (!today.isAfter(quarter.lastDay())) {
            throw new LedgerException(ErrorCode.QUARTER_NOT_ENDED, quarter.toString());
        }
        if (term.verdict(quarter) != null) {
            throw new LedgerException(ErrorCode.VERDICT_EXISTS, quarter.toString());
        }
        Suggestion suggestion = evaluator.suggest(policy, facts, quarter.lastDay());
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (command.verdict() != suggestion.verdict() && reason == null) {
            throw new LedgerException(ErrorCode.VERDICT_REASON_REQUIRED, suggestion.verdict().name());
        }
        if (reason != null) new Checks().text("reason", reason).orRefuse();
        return new QuarterlyVerdictRecorded(staffId, term.termId(), quarter.toString(), command.verdict(),
                suggestion.verdict(), reason, policy.policyId());
    }

    private Mentee activeMentee(String menteeId) {
        Mentee mentee = term.mentee(menteeId);
        if (mentee == null) throw new LedgerException(ErrorCode.MENTEE_NOT_FOUND, String.valueOf(menteeId));
        if (mentee.replaced()) throw new LedgerException(ErrorCode.MENTEE_REPLACED, menteeId);
        return mentee;
    }

    private String nextId(String prefix) {
        return term.termId() + "-" + prefix + (term.recordCount() + 1);
    }
}
