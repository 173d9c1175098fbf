package org.datagora;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Datagora: one deployable application, one package per capability (see ARCHITECTURE.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatagoraApplication {

	public static void main(String[] args) {
		if (Arrays.asList(args).contains("reindex")) {
			// a command: rebuild the search index without serving, then leave
			var context = new SpringApplicationBuilder(DatagoraApplication.class).web(WebApplicationType.NONE).run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(DatagoraApplication.class, args);
	}

	/** The time of the portal, for rules that depend on dates (legal deadlines): tests move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
