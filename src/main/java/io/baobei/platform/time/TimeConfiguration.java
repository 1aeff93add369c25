package io.baobei.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TimeConfiguration {

    /** Business time zone: a visit time without offset is China time (contract). */
    @Bean
    public Clock clock(@Value("${filing.time-zone:Asia/Shanghai}") ZoneId zone) {
        return new EngineClock(zone);
    }
}
