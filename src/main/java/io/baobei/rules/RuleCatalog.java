package io.baobei.rules;

import static io.baobei.rules.ContractType.BOOLEAN;
import static io.baobei.rules.ContractType.INTEGER;
import static io.baobei.rules.ContractType.NUMBER;
import static io.baobei.rules.ContractType.STRING;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The rule tables of the rules page with the inputs and outputs a new version must keep: the five
 * decisions of CONTRACT.md (section Decisions), and the tables the app's own processes evaluate
 * ({@code filing-deadlines}, {@code collision-deadlines}, {@code return-visit-interval}), shaped as the BPMN
 * and delegates use them.
 */
@Component
public class RuleCatalog {

    private static final List<RuleTable> TABLES = List.of(
            new RuleTable("protection-period", "保护期", true,
                    List.of(field("customerStage", STRING)),
                    List.of(field("protectionDays", INTEGER))),
            new RuleTable("approval-routing", "审批路由", true,
                    List.of(field("customerType", STRING), field("expectedAmount", NUMBER), field("region", STRING)),
                    List.of(field("secondApprovalRequired", BOOLEAN))),
            new RuleTable("ownership-arbitration", "撞单归属仲裁建议", true,
                    List.of(field("filingGapHours", NUMBER),
                            field("firstCompleteness", INTEGER), field("secondCompleteness", INTEGER),
                            field("firstFollowUpScore", INTEGER), field("secondFollowUpScore", INTEGER),
                            field("firstFiled", BOOLEAN), field("secondFiled", BOOLEAN),
                            field("firstValid", BOOLEAN), field("secondValid", BOOLEAN),
                            field("firstContactsBeforeSecond", INTEGER), field("secondContactsBeforeSecond", INTEGER),
                            field("helpRegistered", BOOLEAN)),
                    List.of(field("recommendedOwner", STRING), field("reason", STRING))),
            new RuleTable("commission-share", "撞单提成分配", true,
                    List.of(field("resolution", STRING), field("splitFirstPercent", INTEGER)),
                    List.of(field("shareFirst", INTEGER), field("shareSecond", INTEGER))),
            new RuleTable("penalty-catalog", "违规处罚目录", true,
                    List.of(field("violation", STRING), field("priorCount", INTEGER), field("customerCount", INTEGER)),
                    List.of(field("action", STRING), field("fineYuan", INTEGER), field("publicNotice", BOOLEAN))),
            new RuleTable("filing-deadlines", "报备时限", false,
                    List.of(field("customerType", STRING)),
                    List.of(field("firstContactHours", INTEGER), field("escalationHours", INTEGER),
                            field("contractReportWorkingDays", INTEGER), field("approvalReminderHours", INTEGER),
                            field("approvalEscalationHours", INTEGER), field("protectionWarningDays", INTEGER))),
            new RuleTable("collision-deadlines", "撞单处理时限", false,
                    List.of(field("collisionKind", STRING)),
                    List.of(field("negotiationWorkingDays", INTEGER), field("arbitrationWorkingDays", INTEGER))),
            new RuleTable("return-visit-interval", "签约客户回访间隔", false,
                    List.of(field("customerType", STRING)),
                    List.of(field("returnVisitDays", INTEGER))));

    public List<RuleTable> all() {
        return TABLES;
    }

    public RuleTable require(String key) {
        return TABLES.stream().filter(table -> table.key().equals(key)).findFirst()
                .orElseThrow(() -> new UnknownRuleTableException("没有名为 " + key + " 的规则表"));
    }

    private static RuleField field(String name, ContractType type) {
        return new RuleField(name, type);
    }
}
