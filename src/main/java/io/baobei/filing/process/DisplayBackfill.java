package io.baobei.filing.process;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingDataChanged;
import io.baobei.filing.FilingDisplay;

/**
 * Cases started before the process held one display object have none: their forms would show nothing and a
 * revision or a signing would find nothing to update. At start, each running {@code customer-filing} case without
 * it gets it from its stored filing. One query finds them (the engine's query API cannot ask for a missing
 * variable); once they are done it finds none.
 */
@Component
public class DisplayBackfill {

    private final JdbcClient jdbc;
    private final FilingDisplayRefresh refresh;

    public DisplayBackfill(JdbcClient jdbc, FilingDisplayRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void backfill() {
        jdbc.sql("""
                select e.BUSINESS_KEY_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = 'customer-filing' and e.BUSINESS_KEY_ is not null
                  and not exists (select 1 from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = e.ID_ and v.NAME_ = :display)
                """)
                .param("display", FilingDisplay.VARIABLE).query(String.class).list()
                .forEach(filingId -> refresh.changed(new FilingDataChanged(filingId)));
    }
}
