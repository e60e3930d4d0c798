package cn.nengshang.ledger.staff.web;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.common.PageView;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.staff.query.StaffRepository;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.YearMonth;

@RestController
@RequestMapping("/api/v1/staff")
class StaffController {

    private final Commands commands;
    private final StaffRepository staff;
    private final PeopleDirectory access;

    StaffController(Commands commands, StaffRepository staff, PeopleDirectory access) {
        this.commands = commands;
        this.staff = staff;
        this.access = access;
    }

    record RegisterStaffRequest(String staffId, String name, String institutionId, String departmentId, Rank rank,
                                String titleName, Profession profession, String specialtyCode) {
    }

    record Registered(String staffId) {
    }

    /** HR centre: register a senior. */
    @PostMapping
    ResponseEntity<Registered> register(@RequestBody RegisterStaffRequest request, Actor actor) {
        StaffId staffId = request.staffId() == null ? StaffId.generate() : StaffId.of(request.staffId());
        try {
            commands.send(new RegisterStaff(staffId, request.name(), request.institutionId(), request.departmentId(),
                    request.rank(), request.titleName(), request.profession(), request.specialtyCode()), actor);
        } catch (AggregateStreamCreationException e) {
            throw new LedgerException(ErrorCode.STAFF_ALREADY_REGISTERED, staffId.value());
        }
        return ResponseEntity.created(URI.create("/api/v1/staff/" + staffId)).body(new Registered(staffId.value()));
    }

    @GetMapping("/{staffId}")
    StaffView get(@PathVariable StaffId staffId, Actor actor) {
        access.readable(staffId, actor);
        return StaffView.of(staff.findById(staffId.value()).orElseThrow());
    }

    /** Lists staff; scoped readers see only their own institution, department, or themselves. */
    @GetMapping
    PageView<StaffView> list(@RequestParam(required = false) String institution,
                             @RequestParam(required = false) String department,
                             @RequestParam(required = false) AppointmentState state,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size,
                             Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        PageRequest request = Paging.of(page, size).request(Sort.by("staffId"));
        return PageView.of(staff.search(scope.institution(), scope.department(), state == null ? null : state.name(),
                scope.ownOnly(), request), StaffView::of);
    }
}
