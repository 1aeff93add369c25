package io.baobei.bench;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process variables a filing's {@code customer-filing} instance holds, counted in {@code ACT_RU_VARIABLE}: the
 * most any instance holds while it waits at {@code approve-filing}, and while it waits for a collision's outcome.
 */
final class ProcessVariables {

    private final JdbcTemplate jdbc;

    ProcessVariables(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    int waitingForApproval() {
        return mostPerInstance("select t.proc_inst_id_ from act_ru_task t where t.task_def_key_ = 'approve-filing'");
    }

    int waitingForCollisionOutcome() {
        return mostPerInstance("select e.proc_inst_id_ from act_ru_execution e where e.act_id_ = 'await-collision-outcome'");
    }

    private int mostPerInstance(String instances) {
        Integer most = jdbc.queryForObject("select max(n) from (select v.proc_inst_id_, count(*) as n from act_ru_variable v "
                + "where v.proc_inst_id_ in (" + instances + ") group by v.proc_inst_id_) per_instance", Integer.class);
        return most == null ? 0 : most;
    }
}
