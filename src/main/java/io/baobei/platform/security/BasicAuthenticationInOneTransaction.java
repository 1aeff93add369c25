package io.baobei.platform.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * HTTP basic against the identity service, with the password check and the caller's groups read in one
 * transaction instead of one each. The caller belongs to no tenant: this application defines none, so the
 * engine's tenant look-up on every request is skipped (docs/architecture.md, "Requests and their transactions").
 */
public class BasicAuthenticationInOneTransaction extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        // one Spring transaction around two engine commands (not one command: the directory provider's session
        // cannot search again after checking a password)
        PlatformTransactionManager transactions = ((SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration())
                .getTransactionManager();
        return new TransactionTemplate(transactions).execute(status -> {
            AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
            if (result.isAuthenticated()) {
                result.setGroups(engine.getIdentityService().createGroupQuery().groupMember(result.getAuthenticatedUser())
                        .list().stream().map(Group::getId).toList());
                result.setTenants(List.of());
            }
            return result;
        });
    }
}
