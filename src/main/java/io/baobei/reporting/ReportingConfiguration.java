package io.baobei.reporting;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generator the monthly filing sample (rule M4) is drawn with; unpredictable for the reps. */
@Configuration
public class ReportingConfiguration {

    @Bean
    public RandomGenerator filingSampleRandom() {
        return new SecureRandom();
    }
}
