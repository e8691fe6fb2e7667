package dev.estsdk.spring.boot;

import dev.estsdk.client.EstClient;
import dev.estsdk.workflows.TrunkProvisioner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures a {@link TrunkProvisioner} on the {@link EstClient} bean (the auto-configured
 * one or the application's), unless the application has a {@code TrunkProvisioner} of its own.
 */
@AutoConfiguration(after = EstAutoConfiguration.class)
@ConditionalOnClass(TrunkProvisioner.class)
@ConditionalOnBean(EstClient.class)
public class EstWorkflowsAutoConfiguration {

    /** Creates the auto-configuration; Spring does. */
    public EstWorkflowsAutoConfiguration() {
    }

    /**
     * The provisioner, with the workflow defaults.
     *
     * @param client the EST client
     * @return the provisioner
     */
    @Bean
    @ConditionalOnMissingBean
    public TrunkProvisioner trunkProvisioner(EstClient client) {
        return TrunkProvisioner.of(client);
    }
}
