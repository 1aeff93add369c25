package io.baobei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CustomerFilingApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerFilingApplication.class, args);
    }
}
