package cn.nengshang.ledger.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/** The consortium's structure: loaded from a seed file (adding what is missing), listed, checked. */
@Service
public class Organisation implements OrganisationDirectory, DepartmentDirectory {

    private final InstitutionRepository institutions;
    private final DepartmentRepository departments;
    private final ObjectMapper json;

    Organisation(InstitutionRepository institutions, DepartmentRepository departments, ObjectMapper json) {
        this.institutions = institutions;
        this.departments = departments;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> institutionOf(String departmentId) {
        return departmentId == null ? Optional.empty() : departments.findById(departmentId).map(Department::institutionId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasDepartment(String institutionId, String departmentId) {
        return institutionId != null && departmentId != null
                && departments.existsByDepartmentIdAndInstitutionId(departmentId, institutionId);
    }

    /** Adds the institutions and departments of the file that are not there yet; returns how many were added. */
    @Transactional
    public int load(Path file) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int added = 0;
        for (JsonNode institution : root.path("institutions")) {
            String id = institution.path("id").asText();
            if (!institutions.existsById(id)) {
                institutions.save(new Institution(id, institution.path("name").asText(),
                        institution.path("kind").asText()));
                added++;
            }
            for (JsonNode department : institution.path("departments")) {
                String departmentId = department.path("id").asText();
                if (!departments.existsById(departmentId)) {
                    departments.save(new Department(departmentId, id, department.path("name").asText()));
                    added++;
                }
            }
        }
        return added;
    }

    @Transactional(readOnly = true)
    public List<InstitutionView> institutions() {
        Map<String, List<DepartmentView>> byInstitution = departments.findAll().stream()
                .sorted(Comparator.comparing(Department::departmentId))
                .collect(Collectors.groupingBy(Department::institutionId,
                        Collectors.mapping(d -> new DepartmentView(d.departmentId(), d.name()), Collectors.toList())));
        return institutions.findAll().stream()
                .sorted(Comparator.comparing(Institution::institutionId))
                .map(i -> new InstitutionView(i.institutionId(), i.name(), i.kind(),
                        byInstitution.getOrDefault(i.institutionId(), List.of())))
                .toList();
    }

    public record InstitutionView(String institutionId, String name, String kind, List<DepartmentView> departments) {
    }

    public record DepartmentView(String departmentId, String name) {
    }
}
