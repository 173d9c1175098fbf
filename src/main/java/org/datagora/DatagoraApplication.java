package org.datagora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Datagora: one deployable application, one package per capability (see ARCHITECTURE.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatagoraApplication {

	public static void main(String[] args) {
		SpringApplication.run(DatagoraApplication.class, args);
	}
}
