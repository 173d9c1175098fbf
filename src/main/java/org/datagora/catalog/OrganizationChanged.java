package org.datagora.catalog;

import java.util.UUID;

/** An organization was created, changed or deleted; published in the transaction of the change. */
public record OrganizationChanged(UUID organizationId, String action) {
}
