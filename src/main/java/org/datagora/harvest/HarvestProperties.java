package org.datagora.harvest;

import java.time.Duration;
import java.util.List;

import org.datagora.harvest.http.FetchLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of harvesting ({@code datagora.harvest.*}).
 *
 * @param allowedAddresses private, loopback or link-local addresses (or CIDR ranges) harvests may
 * reach; none by default
 * @param batchSize datasets compared and written together
 * @param staleAfter a running job silent for longer is ended as failed (its node died)
 * @param previewItems how many items a preview reads
 * @param keepJobs jobs kept per source with their items; older ones are deleted
 */
@ConfigurationProperties("datagora.harvest")
public record HarvestProperties(@DefaultValue("") List<String> allowedAddresses,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("5m") Duration responseTimeout,
		@DefaultValue("200MB") org.springframework.util.unit.DataSize maxResponseSize,
		@DefaultValue("200ms") Duration hostInterval, @DefaultValue("10000") int maxPages,
		@DefaultValue("500") int batchSize, @DefaultValue("60s") Duration staleAfter,
		@DefaultValue("50") int previewItems, @DefaultValue("20") int keepJobs) {

	FetchLimits limits() {
		return new FetchLimits(connectTimeout, responseTimeout, maxResponseSize.toBytes(), hostInterval, maxPages,
				allowedAddresses);
	}
}
