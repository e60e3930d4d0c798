package cn.nengshang.ledger.casework.web;

import cn.nengshang.ledger.casework.query.Clawbacks;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.StaffId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a fraud finding takes back from a person. */
@RestController
class ClawbackController {

    private final PeopleDirectory people;
    private final Clawbacks clawbacks;

    ClawbackController(PeopleDirectory people, Clawbacks clawbacks) {
        this.people = people;
        this.clawbacks = clawbacks;
    }

    @GetMapping("/api/v1/staff/{staffId}/clawback")
    Clawbacks.Clawback clawback(@PathVariable StaffId staffId, Actor actor) {
        people.readable(staffId, actor);
        return clawbacks.clawback(staffId.value());
    }
}
