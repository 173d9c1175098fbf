package org.datagora.requests.pages;

import java.util.List;

import org.datagora.catalog.Organization;
import org.datagora.requests.DataRequest;
import org.datagora.web.FormErrors;

/**
 * The new-request form: the organizations to choose from, and, once posted, what is wrong or the
 * similar requests ({@code similar}) that the requester looks at before confirming.
 */
public record NewRequestPage(RequestForm form, List<Organization.Ref> organizations, FormErrors errors,
		List<DataRequest> similar) {
}
