package cn.nengshang.ledger.organisation;

import cn.nengshang.ledger.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/organisation")
class OrganisationController {

    private final Organisation organisation;

    OrganisationController(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The consortium's institutions with their departments; any signed-in user may read it. */
    @GetMapping
    List<Organisation.InstitutionView> organisation(Actor actor) {
        return organisation.institutions();
    }
}
