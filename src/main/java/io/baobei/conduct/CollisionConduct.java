package io.baobei.conduct;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.ConductObserved;

/** Records in the ledger what collisions reveal (C8, C9, X3) and reward (C10). */
@Component
public class CollisionConduct {

    private final ConductLedger ledger;

    public CollisionConduct(ConductLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    public void observed(ConductObserved event) {
        ledger.report(event.person(), event.reward() ? ConductEntry.REWARD : ConductEntry.VIOLATION, event.code(), "COLLISION",
                event.collisionId(), event.detail(), null);
    }
}
