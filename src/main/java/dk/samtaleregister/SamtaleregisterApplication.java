package dk.samtaleregister;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SamtaleregisterApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamtaleregisterApplication.class, args);
    }

    @Bean
    Clock ur() {
        return Clock.systemUTC();
    }
}
