/**
 * The catalog's pages (jte templates under {@code src/main/jte/catalog}, DSFR, French by
 * default, {@code ?lang=en}): the home page {@code /}, a dataset {@code /datasets/{slug}} (the
 * search page {@code /datasets} belongs to the search module), its forms {@code /datasets/new}
 * and {@code /datasets/{slug}/edit} (with the resource forms and the delete buttons), the
 * organizations {@code /organizations}, {@code /organizations/{slug}},
 * {@code /organizations/new}, and {@code /account/organizations} (here rather than in identity,
 * which cannot see organizations: identity must not depend on catalog). The stable download
 * link {@code /datasets/r/{id}} is here too, and what search engines and feed readers read: the
 * schema.org JSON-LD of dataset pages, {@code /robots.txt}, the sitemaps ({@code /sitemap.xml},
 * {@code /sitemaps/...}) and the Atom feeds ({@code /feeds/datasets.atom},
 * {@code /organizations/{slug}/datasets.atom}).
 * <p>
 * Controllers only call the catalog's services and build one typed page record per template;
 * a service's {@link org.datagora.web.ProblemException} for bad input re-renders the form with
 * {@link org.datagora.web.FormErrors}, any other goes to the error page.
 */
package org.datagora.catalog.pages;
