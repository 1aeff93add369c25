package io.baobei.platform.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;

/**
 * The engine's entity manager, checking a new entity's id before it builds the error message. Camunda writes the
 * whole entity into the message ({@code "Entity " + entity + " has an invalid id"}) for every insert, before it
 * checks anything: 4 % of a filing's request CPU went into the {@code toString} of entities whose ids were fine.
 * An id that is missing or {@code *} still fails in Camunda's own check, with its message.
 */
class IdCheckWithoutMessage extends DbEntityManager {

    IdCheckWithoutMessage(PersistenceSession persistenceSession) {
        super(Context.getProcessEngineConfiguration().getIdGenerator(), persistenceSession);
    }

    @Override
    protected void validateId(DbEntity entity) {
        String id = entity.getId();
        if (id == null || "*".equals(id)) {
            super.validateId(entity);
        }
    }

    /** Opens this manager wherever the engine asks for a {@link DbEntityManager}. */
    static class Factory extends DbEntityManagerFactory {

        Factory() {
            super(null);
        }

        @Override
        public DbEntityManager openSession() {
            return new IdCheckWithoutMessage(Context.getCommandContext().getSession(PersistenceSession.class));
        }
    }
}
