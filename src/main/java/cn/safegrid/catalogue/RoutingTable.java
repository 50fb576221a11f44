package cn.safegrid.catalogue;

import java.util.Set;

/**
 * The category codes the routing table in force names in rules of their own; a category it does
 * not name goes to the catch-all rule, the safety office. Implemented by the hazard feature, whose
 * routing table it is.
 */
public interface RoutingTable {

  Set<String> namedCodes();
}
