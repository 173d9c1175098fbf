package org.datagora.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * API paths answer with or without a trailing slash ({@code /api/1/datasets/} as udata writes
 * them, {@code /api/1/datasets}): the slash is dropped before anything else sees the request,
 * so each endpoint is mapped once.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashConfiguration {

	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		var registration = new FilterRegistrationBean<>(
				UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
