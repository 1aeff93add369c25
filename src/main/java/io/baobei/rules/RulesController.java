package io.baobei.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;
import io.baobei.platform.validation.InvalidInputException;

/**
 * The rules page's API (static/rules/): the rule tables, their versions and files, replaying a candidate
 * against past evaluations, deploying it, and rolling back. Members of {@code analyst} and
 * {@code camunda-admin} only.
 */
@RestController
@RequestMapping("/api/rules")
public class RulesController {

    private final RuleCatalog catalog;
    private final RuleVersions versions;
    private final CandidateCheck check;
    private final Replay replay;
    private final RuleDeployer deployer;
    private final CurrentUser currentUser;

    public RulesController(RuleCatalog catalog, RuleVersions versions, CandidateCheck check, Replay replay,
                           RuleDeployer deployer, CurrentUser currentUser) {
        this.catalog = catalog;
        this.versions = versions;
        this.check = check;
        this.replay = replay;
        this.deployer = deployer;
        this.currentUser = currentUser;
    }

    /** {@code {key, name, contract, inputs: [{name, type}], outputs: [...], latestVersion}}. */
    public record TableView(String key, String name, boolean contract, List<FieldView> inputs, List<FieldView> outputs,
                            Integer latestVersion) {
    }

    public record FieldView(String name, String type) {
        static List<FieldView> of(List<RuleField> fields) {
            return fields.stream().map(field -> new FieldView(field.name(), field.type().contractName())).toList();
        }
    }

    /** {@code change}: {@code EDIT} (the page's editor, the default) or {@code UPLOAD} (a file from Camunda Modeler). */
    public record DeployRequest(String xml, String comment, String change) {
    }

    public record RollbackRequest(String comment) {
    }

    @GetMapping
    public List<TableView> tables() {
        requireAnalyst();
        return catalog.all().stream()
                .map(table -> new TableView(table.key(), table.name(), table.contract(), FieldView.of(table.inputs()),
                        FieldView.of(table.outputs()), versions.latestVersion(table.key())))
                .toList();
    }

    @GetMapping("/{key}/versions")
    public List<RuleVersion> versions(@PathVariable("key") String key) {
        requireAnalyst();
        return versions.list(catalog.require(key).key());
    }

    @GetMapping(value = "/{key}/versions/{version}/xml")
    public ResponseEntity<byte[]> xml(@PathVariable("key") String key, @PathVariable("version") String version) {
        requireAnalyst();
        byte[] xml = versions.xml(catalog.require(key).key(), parseVersion(version));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8)).body(xml);
    }

    /** The candidate DMN file as the body; {@code ?limit=N} past evaluations (default 50, at most 500). */
    @PostMapping(value = "/{key}/replay",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ReplayReport replay(@PathVariable("key") String key, @RequestParam(name = "limit", required = false) String limit,
                               @RequestBody(required = false) byte[] xml) {
        requireAnalyst();
        RuleTable table = catalog.require(key);
        int count = parseLimit(limit);
        return replay.replay(check.check(table, xml), count);
    }

    @PostMapping(value = "/{key}/deployments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RuleVersion> deploy(@PathVariable("key") String key, @RequestBody(required = false) DeployRequest body) {
        Caller caller = requireAnalyst();
        RuleTable table = catalog.require(key);
        DeployRequest request = body == null ? new DeployRequest(null, null, null) : body;
        byte[] xml = request.xml() == null ? null : request.xml().getBytes(StandardCharsets.UTF_8);
        RuleDeploymentRecord deployed = deployer.deploy(caller, table, xml, request.comment(), changeOf(request.change()));
        return created(table, deployed);
    }

    @PostMapping(value = "/{key}/versions/{version}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RuleVersion> rollback(@PathVariable("key") String key, @PathVariable("version") String version,
                                                @RequestBody(required = false) RollbackRequest body) {
        Caller caller = requireAnalyst();
        RuleTable table = catalog.require(key);
        RuleDeploymentRecord deployed = deployer.rollback(caller, table, parseVersion(version), body == null ? null : body.comment());
        return created(table, deployed);
    }

    @ExceptionHandler(UnknownRuleTableException.class)
    public ResponseEntity<Map<String, Object>> unknown(UnknownRuleTableException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    private ResponseEntity<RuleVersion> created(RuleTable table, RuleDeploymentRecord deployed) {
        RuleVersion version = versions.list(table.key()).stream()
                .filter(listed -> listed.deploymentId().equals(deployed.deploymentId()))
                .findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(version);
    }

    private Caller requireAnalyst() {
        Caller caller = currentUser.require();
        if (!caller.isInAny(Groups.ANALYST, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("规则管理仅限规则分析员（analyst）和系统管理员（camunda-admin）");
        }
        return caller;
    }

    private static ChangeKind changeOf(String change) {
        if (change == null || change.isBlank() || change.equals(ChangeKind.EDIT.name())) {
            return ChangeKind.EDIT;
        }
        if (change.equals(ChangeKind.UPLOAD.name())) {
            return ChangeKind.UPLOAD;
        }
        throw new InvalidInputException("change", "应为 EDIT 或 UPLOAD（回滚请用 …/versions/{version}/rollback）");
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return Replay.DEFAULT_LIMIT;
        }
        try {
            int count = Integer.parseInt(limit.trim());
            if (count >= 1 && count <= Replay.MAX_LIMIT) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInputException("limit", "应为 1–" + Replay.MAX_LIMIT + " 的整数");
    }

    private static int parseVersion(String version) {
        try {
            return Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "版本号应为整数");
        }
    }
}
