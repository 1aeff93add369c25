package io.baobei.platform.security;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap}: users, passwords and group memberships come from the company directory through
 * Camunda's LDAP identity provider, configured under {@code directory.ldap.*} (application-ldap.yaml). The
 * directory's groups map onto the application's by their id attribute ({@code directory.ldap.group-id-attribute},
 * {@code cn} by default): a directory group whose id is {@code sales}, {@code regional-manager},
 * {@code region-east} … is that group here, so regions, their managers and reps resolve from the directory
 * ({@link StaffDirectory}). The identity service is then read-only: the app writes no users or groups.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
public class DirectoryConfiguration {

    @Bean
    @ConfigurationProperties(prefix = "directory.ldap")
    public LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
        return new LdapIdentityProviderPlugin();
    }
}
