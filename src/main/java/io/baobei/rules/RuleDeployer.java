package io.baobei.rules;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.Caller;
import io.baobei.platform.validation.FieldError;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Deploys a checked version of a rule table from the rules page and records who, what and why in the same
 * transaction. It deploys as the calling user (the engine's analyst guard and authorizations apply), as a
 * new version with no duplicate filtering, so a rollback to an earlier table is a new {@code latest} too.
 */
@Service
public class RuleDeployer {

    public static final String DEPLOYMENT_SOURCE = "rules-page";
    static final int MAX_COMMENT = 2000;

    private final RepositoryService repositoryService;
    private final CandidateCheck check;
    private final RuleVersions versions;
    private final RuleDeploymentRepository records;
    private final Clock clock;

    public RuleDeployer(RepositoryService repositoryService, CandidateCheck check, RuleVersions versions,
                        RuleDeploymentRepository records, Clock clock) {
        this.repositoryService = repositoryService;
        this.check = check;
        this.versions = versions;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    RuleDeploymentRecord deploy(Caller caller, RuleTable table, byte[] xml, String comment, ChangeKind kind) {
        return deploy(caller, table, xml, comment, kind, null);
    }

    /** Deploys the table of {@code version} again as the new latest version. */
    @Transactional
    RuleDeploymentRecord rollback(Caller caller, RuleTable table, int version, String comment) {
        if (Objects.equals(versions.latestVersion(table.key()), version)) {
            throw new InvalidInputException("version", "版本 " + version + " 已是当前版本，无需回滚");
        }
        return deploy(caller, table, versions.xml(table.key(), version), comment, ChangeKind.ROLLBACK, version);
    }

    private RuleDeploymentRecord deploy(Caller caller, RuleTable table, byte[] xml, String comment, ChangeKind kind,
                                        Integer restoredVersion) {
        Candidate candidate = checked(table, xml, comment);
        DeploymentWithDefinitions deployment = repositoryService.createDeployment()
                .name("rule-" + table.key())
                .source(DEPLOYMENT_SOURCE)
                .addInputStream(table.key() + ".dmn", new ByteArrayInputStream(candidate.xml()))
                .deployWithResult();
        DecisionDefinition definition = deployment.getDeployedDecisionDefinitions().stream()
                .filter(deployed -> deployed.getKey().equals(table.key()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Deployment " + deployment.getId() + " holds no " + table.key()));
        RuleDeploymentRecord record = new RuleDeploymentRecord(deployment.getId(), table.key(), definition.getId(),
                definition.getVersion(), kind, restoredVersion, caller.userId(),
                OffsetDateTime.ofInstant(deployment.getDeploymentTime().toInstant(), clock.getZone()), comment.strip());
        records.insert(record);
        return record;
    }

    /** The comment and the table are checked together, so one answer names every problem. */
    private Candidate checked(RuleTable table, byte[] xml, String comment) {
        List<FieldError> problems = new ArrayList<>();
        if (comment == null || comment.isBlank()) {
            problems.add(new FieldError("comment", "必填：请说明为什么部署这个版本"));
        } else if (comment.strip().length() > MAX_COMMENT) {
            problems.add(new FieldError("comment", "最多 " + MAX_COMMENT + " 个字符"));
        }
        try {
            Candidate candidate = check.check(table, xml);
            if (problems.isEmpty()) {
                return candidate;
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.errors());
        }
        throw new InvalidInputException(problems);
    }
}
