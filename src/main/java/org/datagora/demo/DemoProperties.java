package org.datagora.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code auto}: demo content on the first start of the embedded database only;
 * {@code always}: also on a configured database, if its catalog is empty; {@code never}
 * @param password password of the demo accounts
 */
@ConfigurationProperties("datagora.demo")
record DemoProperties(String mode, String password) {

	DemoProperties {
		mode = mode == null ? "auto" : mode;
		password = password == null ? "demo-datagora" : password;
	}
}
