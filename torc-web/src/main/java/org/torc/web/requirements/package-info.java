/**
 * REST boundary of resource requirements: {@code /resource_requirements}, create, read, update,
 * delete and list with the contract's filters and paging. Each method converts parameters and
 * delegates to its service.
 */
package org.torc.web.requirements;
