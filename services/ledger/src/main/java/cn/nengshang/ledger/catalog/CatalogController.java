package cn.nengshang.ledger.catalog;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.policy.catalog.PostGradeBand;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.Specialty;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/catalog")
class CatalogController {

    private final SpecialtyCatalogue specialties;
    private final PostGrades grades;

    CatalogController(SpecialtyCatalogue specialties, PostGrades grades) {
        this.specialties = specialties;
        this.grades = grades;
    }

    @GetMapping("/specialties")
    List<Specialty> specialties(Actor actor) {
        return specialties.all();
    }

    @GetMapping("/post-grades")
    List<PostGradeView> postGrades(Actor actor) {
        return grades.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new PostGradeView(e.getKey(), e.getValue())).toList();
    }

    record PostGradeView(int postGrade, PostGradeBand band) {
    }
}
