package org.datagora.catalog.pages;

import org.datagora.web.FormErrors;

public record OrganizationFormPage(OrganizationForm form, FormErrors errors) {
}
