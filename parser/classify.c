/*
 * classify.c: which statements a desired-state file may hold.
 *
 * An allowlist: each node kind that defines schema is listed with its tag;
 * everything else is refused with a reason that says what to do instead.
 * Refusing is the safe default because every accepted statement is executed
 * in the shadow database.
 */
#include "pgq.h"

#include <string.h>
#include <strings.h>

enum verdict { ALLOW, SKIP, REFUSE };

struct rule {
	PgQuery__Node__NodeCase node;
	const char *tag;
	enum verdict verdict;
	const char *why;  /* for REFUSE: the message after the tag */
	const char *hint;
};

#define DATA_WHY "is not schema definition: desired-state files describe schema, not data"
#define DATA_HINT "load data with a separate tool or migration"
#define PROC_WHY "is not allowed: the desired state must be declarative"
#define PROC_HINT "write the objects the block would create as plain CREATE statements"
#define CLUSTER_WHY "is outside a database's schema and is not managed by schemadiff"
#define UNREAD_WHY "is not supported: schemadiff does not read it from the catalog, so a " \
		   "plan could neither make nor check it"
#define COMMAND_WHY "is a command, not schema definition: desired-state files describe what " \
		    "should exist"
#define UNREAD_HINT "leave it out of the desired-state files and manage it separately"

static const struct rule rules[] = {
	{ PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT, "CREATE SCHEMA", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT, "CREATE EXTENSION", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_STMT, "CREATE TABLE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_TABLE_STMT, "ALTER TABLE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_INDEX_STMT, "CREATE INDEX", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_SEQ_STMT, "CREATE SEQUENCE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_SEQ_STMT, "ALTER SEQUENCE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_ENUM_STMT, "CREATE TYPE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_ENUM_STMT, "ALTER TYPE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT, "CREATE TYPE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_RANGE_STMT, "CREATE TYPE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT, "CREATE DOMAIN", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT, "ALTER DOMAIN", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_VIEW_STMT, "CREATE VIEW", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT, "CREATE FUNCTION", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT, "ALTER FUNCTION", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_TRIG_STMT, "CREATE TRIGGER", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_POLICY_STMT, "CREATE POLICY", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_POLICY_STMT, "ALTER POLICY", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_COMMENT_STMT, "COMMENT", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_GRANT_STMT, "GRANT", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_DEFINE_STMT, "CREATE COLLATION", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_TYPE_STMT, "ALTER TYPE", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_STATS_STMT, "CREATE STATISTICS", ALLOW, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_STATS_STMT, "ALTER STATISTICS", ALLOW, NULL, NULL },
	/* Accepted but not executed: session settings mean nothing once
	 * statements are reordered, and ownership is not managed. */
	{ PG_QUERY__NODE__NODE_VARIABLE_SET_STMT, "SET", SKIP, NULL, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_OWNER_STMT, "ALTER OWNER", SKIP, NULL, NULL },

	{ PG_QUERY__NODE__NODE_INSERT_STMT, "INSERT", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_UPDATE_STMT, "UPDATE", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_DELETE_STMT, "DELETE", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_MERGE_STMT, "MERGE", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_SELECT_STMT, "SELECT", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_COPY_STMT, "COPY", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_TRUNCATE_STMT, "TRUNCATE", REFUSE, DATA_WHY, DATA_HINT },
	{ PG_QUERY__NODE__NODE_DO_STMT, "DO", REFUSE, PROC_WHY, PROC_HINT },
	{ PG_QUERY__NODE__NODE_CALL_STMT, "CALL", REFUSE, PROC_WHY, PROC_HINT },
	{ PG_QUERY__NODE__NODE_TRANSACTION_STMT, "transaction control", REFUSE,
	  "is not allowed: schemadiff decides how a migration uses transactions",
	  "remove BEGIN/COMMIT from the schema files" },
	{ PG_QUERY__NODE__NODE_DROP_STMT, "DROP", REFUSE,
	  "is not allowed: the files describe what should exist",
	  "delete the object's definition and schemadiff plans the DROP" },
	{ PG_QUERY__NODE__NODE_RENAME_STMT, "RENAME", REFUSE,
	  "is not allowed: the files describe what should exist",
	  "write the object under its new name" },
	{ PG_QUERY__NODE__NODE_CREATEDB_STMT, "CREATE DATABASE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_DROPDB_STMT, "DROP DATABASE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_ROLE_STMT, "CREATE ROLE", REFUSE, CLUSTER_WHY,
	  "create roles before running schemadiff" },
	{ PG_QUERY__NODE__NODE_ALTER_ROLE_STMT, "ALTER ROLE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_DROP_ROLE_STMT, "DROP ROLE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_GRANT_ROLE_STMT, "GRANT role", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT, "ALTER SYSTEM", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT, "CREATE TABLESPACE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT, "ALTER DATABASE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT, "ALTER DATABASE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_LOAD_STMT, "LOAD", REFUSE, "is not allowed in desired-state files", NULL },
	/* Schema, but not read from the catalog: a plan could neither make
	 * nor check it, and would say "nothing to do". */
	{ PG_QUERY__NODE__NODE_RULE_STMT, "CREATE RULE", REFUSE, UNREAD_WHY,
	  "use a trigger or a view instead" },
	{ PG_QUERY__NODE__NODE_CREATE_CAST_STMT, "CREATE CAST", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT, "CREATE OPERATOR CLASS", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT, "CREATE OPERATOR FAMILY", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT, "ALTER OPERATOR FAMILY", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_OPERATOR_STMT, "ALTER OPERATOR", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT, "CREATE CONVERSION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT, "CREATE TRANSFORM", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT, "CREATE EVENT TRIGGER", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT, "ALTER EVENT TRIGGER", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_FDW_STMT, "CREATE FOREIGN DATA WRAPPER", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_FDW_STMT, "ALTER FOREIGN DATA WRAPPER", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT, "CREATE SERVER", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_FOREIGN_SERVER_STMT, "ALTER SERVER", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT, "CREATE USER MAPPING", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT, "CREATE FOREIGN TABLE", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_IMPORT_FOREIGN_SCHEMA_STMT, "IMPORT FOREIGN SCHEMA", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT, "CREATE PUBLICATION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT, "ALTER PUBLICATION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT, "CREATE SUBSCRIPTION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_PLANG_STMT, "CREATE LANGUAGE", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_CREATE_AM_STMT, "CREATE ACCESS METHOD", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT, "ALTER DEFAULT PRIVILEGES", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_SEC_LABEL_STMT, "SECURITY LABEL", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_TSDICTIONARY_STMT, "ALTER TEXT SEARCH DICTIONARY", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT, "ALTER TEXT SEARCH CONFIGURATION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT, "ALTER EXTENSION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT, "ALTER EXTENSION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT, "ALTER ... DEPENDS ON EXTENSION", REFUSE, UNREAD_WHY, UNREAD_HINT },
	{ PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT, "ALTER ... SET SCHEMA", REFUSE,
	  "is not allowed: the files describe what should exist",
	  "write the object in its new schema" },
	/* Commands that act on a database rather than describe it */
	{ PG_QUERY__NODE__NODE_VACUUM_STMT, "VACUUM or ANALYZE", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_REINDEX_STMT, "REINDEX", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_CLUSTER_STMT, "CLUSTER", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_LOCK_STMT, "LOCK", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_NOTIFY_STMT, "NOTIFY", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_LISTEN_STMT, "LISTEN", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_UNLISTEN_STMT, "UNLISTEN", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_CHECK_POINT_STMT, "CHECKPOINT", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT, "REFRESH MATERIALIZED VIEW", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_EXPLAIN_STMT, "EXPLAIN", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_PREPARE_STMT, "PREPARE", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_EXECUTE_STMT, "EXECUTE", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_DEALLOCATE_STMT, "DEALLOCATE", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_DISCARD_STMT, "DISCARD", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_COLLATION_STMT, "ALTER COLLATION ... REFRESH VERSION", REFUSE, COMMAND_WHY, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_TABLE_SPACE_OPTIONS_STMT, "ALTER TABLESPACE", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_DROP_OWNED_STMT, "DROP OWNED", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_REASSIGN_OWNED_STMT, "REASSIGN OWNED", REFUSE, CLUSTER_WHY, NULL },
	{ PG_QUERY__NODE__NODE_ALTER_TABLE_MOVE_ALL_STMT, "ALTER ... ALL IN TABLESPACE", REFUSE, CLUSTER_WHY, NULL },
};

/* CURRENT_USER, SESSION_USER and CURRENT_ROLE name whoever runs the
 * statement: in the shadow that is the loading role, on the database
 * whoever applies.  A desired state must not depend on who loads it. */
static bool names_the_runner(PgQuery__Node **roles, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const PgQuery__RoleSpec *r = roles[i]->role_spec;
		if (r && (r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER ||
			  r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER ||
			  r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE))
			return true;
	}
	return false;
}

/* ALTER TABLE subcommands for settings the catalog read leaves out (the
 * column settings only on what is not a table: table_column_setting) */
static const struct {
	PgQuery__AlterTableType type;
	const char *tag;
} unread_alters[] = {
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics, "ALTER TABLE ... SET STATISTICS" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions, "ALTER TABLE ... ALTER COLUMN ... SET (...)" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions,
	  "ALTER TABLE ... ALTER COLUMN ... RESET (...)" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage, "ALTER TABLE ... SET STORAGE" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression, "ALTER TABLE ... SET COMPRESSION" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn, "ALTER TABLE ... CLUSTER ON" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster, "ALTER TABLE ... SET WITHOUT CLUSTER" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod, "ALTER TABLE ... SET ACCESS METHOD" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace, "ALTER TABLE ... SET TABLESPACE" },
	/* ENABLE/DISABLE of one named trigger is read (tgenabled); ALL and USER
	 * reach the internal triggers of foreign keys too */
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll, "ALTER TABLE ... ENABLE TRIGGER ALL" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll, "ALTER TABLE ... DISABLE TRIGGER ALL" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser, "ALTER TABLE ... ENABLE TRIGGER USER" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser, "ALTER TABLE ... DISABLE TRIGGER USER" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRule, "ALTER TABLE ... ENABLE RULE" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule, "ALTER TABLE ... ENABLE ALWAYS RULE" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule, "ALTER TABLE ... ENABLE REPLICA RULE" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule, "ALTER TABLE ... DISABLE RULE" },
	/* only on what is not a table */
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity, "ALTER TABLE ... REPLICA IDENTITY USING INDEX" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_AddOf, "ALTER TABLE ... OF" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_DropOf, "ALTER TABLE ... NOT OF" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_GenericOptions, "ALTER TABLE ... OPTIONS" },
	{ PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnGenericOptions,
	  "ALTER TABLE ... ALTER COLUMN ... OPTIONS" },
};

/* A column setting the read takes from a table's columns (the columns
 * query), but not from a materialized view's or an index's */
static bool table_column_setting(const PgQuery__AlterTableStmt *at,
				 const PgQuery__AlterTableCmd *cmd)
{
	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
		return at->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
	default:
		return false;
	}
}

/* CLUSTER ON and SET WITHOUT CLUSTER: the mark is read from the index, of
 * a table's or a materialized view's */
static bool clustering(const PgQuery__AlterTableStmt *at, const PgQuery__AlterTableCmd *cmd)
{
	return (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn ||
		cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster) &&
	       (at->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
		at->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW);
}

/* A column setting refused on what is not a table, named as the statement
 * spells its verb */
static const struct {
	PgQuery__ObjectType objtype;
	PgQuery__AlterTableType type;
	const char *tag;
} other_verbs[] = {
	{ PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW, PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics,
	  "ALTER MATERIALIZED VIEW ... SET STATISTICS" },
	{ PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW, PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage,
	  "ALTER MATERIALIZED VIEW ... SET STORAGE" },
	{ PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW, PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression,
	  "ALTER MATERIALIZED VIEW ... SET COMPRESSION" },
	{ PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW, PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions,
	  "ALTER MATERIALIZED VIEW ... ALTER COLUMN ... SET (...)" },
	{ PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW, PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions,
	  "ALTER MATERIALIZED VIEW ... ALTER COLUMN ... RESET (...)" },
	{ PG_QUERY__OBJECT_TYPE__OBJECT_INDEX, PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics,
	  "ALTER INDEX ... SET STATISTICS" },
};

/* The tag of the first subcommand of at the catalog read leaves out, or NULL. */
static const char *unread_alter(const PgQuery__AlterTableStmt *at)
{
	for (size_t i = 0; i < at->n_cmds; i++) {
		const PgQuery__AlterTableCmd *cmd = at->cmds[i]->alter_table_cmd;
		/* DEFAULT, FULL and NOTHING are read from the table, USING
		 * INDEX from the index (not of a materialized view: none has one) */
		if (cmd && cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity &&
		    cmd->def && cmd->def->replica_identity_stmt &&
		    (strcmp(cmd->def->replica_identity_stmt->identity_type, "i") ||
		     at->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE))
			continue;
		if (cmd && (table_column_setting(at, cmd) || clustering(at, cmd)))
			continue;
		for (size_t k = 0; cmd && k < sizeof(other_verbs) / sizeof(other_verbs[0]); k++)
			if (cmd->subtype == other_verbs[k].type && at->objtype == other_verbs[k].objtype)
				return other_verbs[k].tag;
		for (size_t k = 0; cmd && k < sizeof(unread_alters) / sizeof(unread_alters[0]); k++)
			if (cmd->subtype == unread_alters[k].type)
				return unread_alters[k].tag;
	}
	return NULL;
}

/* The tag of a CREATE TEMPORARY TABLE / VIEW / SEQUENCE, or NULL. */
static const char *temporary_tag(const PgQuery__Node *stmt)
{
	const PgQuery__RangeVar *rv = NULL;
	const char *tag = NULL;
	if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_STMT)
		rv = stmt->create_stmt->relation, tag = "CREATE TEMPORARY TABLE";
	else if (stmt->node_case == PG_QUERY__NODE__NODE_VIEW_STMT)
		rv = stmt->view_stmt->view, tag = "CREATE TEMPORARY VIEW";
	else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_SEQ_STMT)
		rv = stmt->create_seq_stmt->sequence, tag = "CREATE TEMPORARY SEQUENCE";
	return rv && rv->relpersistence && !strcmp(rv->relpersistence, "t") ? tag : NULL;
}

/* A CREATE TABLE setting the catalog read leaves out, or NULL. */
static const char *unread_create_table(const PgQuery__CreateStmt *cs)
{
	if (cs->tablespacename && cs->tablespacename[0])
		return "CREATE TABLE ... TABLESPACE";
	if (cs->access_method && cs->access_method[0])
		return "CREATE TABLE ... USING";
	if (cs->of_typename)
		return "CREATE TABLE ... OF type";
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const PgQuery__Node *e = cs->table_elts[i];
		if (e->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
			continue;
		/* a partition's columns are its parent's: their own defaults
		 * and NOT NULL (PARTITION OF t (c DEFAULT ...)) are not read */
		if (cs->partbound)
			return "CREATE TABLE ... PARTITION OF ... (column options)";
	}
	return NULL;
}

#define RUNNER_WHY "names CURRENT_USER, SESSION_USER or CURRENT_ROLE, which mean whoever " \
		   "runs it: the shadow's loading role in a plan, another role in a deploy"
#define RUNNER_HINT "name the role itself"

static const char *string_const(const PgQuery__Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST &&
		       n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL
		       ? n->a_const->sval->sval
		       : NULL;
}

/* The tag of a SET that changes how later statements read their literals
 * (a date, a time zone, a backslash), or NULL.  pg_dump's own
 * SET standard_conforming_strings = on is what the shadow has anyway. */
static const char *literal_meaning_setting(const PgQuery__VariableSetStmt *set)
{
	if (!set->name || (set->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE &&
			   set->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT))
		return NULL;
	if (!strcmp(set->name, "timezone"))
		return "SET TimeZone";
	if (!strcmp(set->name, "datestyle"))
		return "SET DateStyle";
	if (!strcmp(set->name, "intervalstyle"))
		return "SET IntervalStyle";
	if (!strcmp(set->name, "standard_conforming_strings")) {
		const char *v = set->n_args == 1 ? string_const(set->args[0]) : NULL;
		bool on = v && (!strcasecmp(v, "on") || !strcasecmp(v, "true") ||
				!strcasecmp(v, "yes") || !strcmp(v, "1"));
		return on ? NULL : "SET standard_conforming_strings";
	}
	return NULL;
}

/* SELECT pg_catalog.set_config('search_path', '', false): how pg_dump
 * starts every script.  With an empty path every name in the script is
 * qualified, which is all the setting does; the shadow resolves
 * qualified names the same way, so the statement is accepted and not run. */
static bool is_dump_search_path_reset(const PgQuery__Node *stmt)
{
	if (stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
		return false;
	const PgQuery__SelectStmt *sel = stmt->select_stmt;
	if (sel->n_target_list != 1 || sel->n_from_clause || sel->where_clause ||
	    sel->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
		return false;
	const PgQuery__Node *v = sel->target_list[0]->res_target->val;
	if (!v || v->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
		return false;
	const PgQuery__FuncCall *fc = v->func_call;
	const PgQuery__Node *fn = fc->n_funcname ? fc->funcname[fc->n_funcname - 1] : NULL;
	const char *setting = fc->n_args == 3 ? string_const(fc->args[0]) : NULL,
		   *value = fc->n_args == 3 ? string_const(fc->args[1]) : NULL;
	return fn && fn->node_case == PG_QUERY__NODE__NODE_STRING &&
	       !strcmp(fn->string->sval, "set_config") && setting &&
	       !strcmp(setting, "search_path") && value && !value[0];
}

const char *classify_statement(const PgQuery__Node *stmt, const char **tag, bool *execute,
			       const char **hint)
{
	*tag = "statement";
	*execute = true;
	*hint = NULL;
	if (is_dump_search_path_reset(stmt)) {
		*tag = "SELECT set_config";
		*execute = false;
		return NULL;
	}
	for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		const struct rule *r = &rules[i];
		if (r->node != stmt->node_case)
			continue;
		*tag = r->tag;
		if (r->verdict == SKIP)
			*execute = false;
		if (r->verdict != REFUSE)
			break;
		*hint = r->hint;
		return r->why;
	}
	const char *temporary = temporary_tag(stmt);
	if (temporary) {
		*tag = temporary;
		*hint = "leave it out: the application creates it in its session";
		return "is not schema: a temporary object lives only in the session that creates it";
	}
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: {
		const char *name = stmt->variable_set_stmt->name;
		if (name && (!strcmp(name, "role") || !strcmp(name, "session_authorization"))) {
			*tag = "SET ROLE";
			*hint = "run schemadiff as the role that should own the objects";
			return "is not allowed: it would change who runs the rest of the files";
		}
		if (name && !strcmp(name, "search_path")) {
			*tag = "SET search_path";
			*hint = "qualify names with their schema, e.g. CREATE TABLE app.users";
			return "is not supported: statements are loaded in dependency order, "
			       "so a SET cannot apply to the statements after it";
		}
		const char *literal_setting = literal_meaning_setting(stmt->variable_set_stmt);
		if (literal_setting) {
			*tag = literal_setting;
			*hint = "leave it out and write the literals so that they need no setting: "
				"ISO 8601 dates and times with their UTC offset, E'...' for escapes";
			return "is not supported: it changes what later literals mean, and statements "
			       "are loaded in dependency order (under the live database's TimeZone, "
			       "DateStyle and IntervalStyle), so it cannot apply to the ones after it";
		}
		return NULL;
	}
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
		/* ALTER TABLE/SEQUENCE/VIEW ... OWNER TO: ownership is not managed */
		const PgQuery__AlterTableStmt *at = stmt->alter_table_stmt;
		bool only_owner = at->n_cmds > 0;
		for (size_t i = 0; i < at->n_cmds; i++)
			only_owner = only_owner && at->cmds[i]->alter_table_cmd &&
				     at->cmds[i]->alter_table_cmd->subtype ==
					     PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner;
		if (only_owner)
			*execute = false;
		const char *unread = unread_alter(at);
		if (unread) {
			*tag = unread;
			*hint = UNREAD_HINT;
			return UNREAD_WHY;
		}
		return NULL;
	}
	case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: {
		/* every read leaves it out: objects in it would never be planned */
		const char *name = stmt->create_schema_stmt->schemaname;
		if (name && !strcmp(name, "schemadiff")) {
			*hint = "keep these objects in a schema of another name";
			return "is not allowed for schema \"schemadiff\": it holds schemadiff's record "
			       "of applies and is left out of every plan";
		}
		return NULL;
	}
	case PG_QUERY__NODE__NODE_CREATE_STMT: {
		const char *unread = unread_create_table(stmt->create_stmt);
		if (unread) {
			*tag = unread;
			*hint = UNREAD_HINT;
			return UNREAD_WHY;
		}
		return NULL;
	}
	case PG_QUERY__NODE__NODE_DEFINE_STMT: {
		/* CREATE COLLATION is read; aggregates, operators, base types
		 * and text search objects are not */
		static const struct {
			PgQuery__ObjectType kind;
			const char *tag;
		} kinds[] = {
			{ PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE, "CREATE AGGREGATE" },
			{ PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR, "CREATE OPERATOR" },
			{ PG_QUERY__OBJECT_TYPE__OBJECT_TYPE, "CREATE TYPE" },
		};
		if (stmt->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION)
			return NULL;
		*tag = "CREATE TEXT SEARCH object";
		for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
			if (stmt->define_stmt->kind == kinds[i].kind)
				*tag = kinds[i].tag;
		*hint = UNREAD_HINT;
		return UNREAD_WHY;
	}
	case PG_QUERY__NODE__NODE_COMMENT_STMT:
		/* pg_dump writes each extension's own comment; the extension
		 * brings it, and extension comments are not managed */
		if (stmt->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) {
			*tag = "COMMENT ON EXTENSION";
			*execute = false;
		}
		return NULL;
	case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
		/* the shadow creates extensions as superuser: none that reaches
		 * the network, the server's files or an untrusted language */
		static const char *const outward[] = { "adminpack", "dblink", "file_fdw",
						       "postgres_fdw", "plperlu", "plpython3u",
						       "plpythonu", "pltclu" };
		const char *name = stmt->create_extension_stmt->extname;
		for (size_t i = 0; name && i < sizeof(outward) / sizeof(outward[0]); i++)
			if (!strcmp(name, outward[i])) {
				*hint = "leave it out of the desired-state files (or exclude the schema "
					"that uses it); schemadiff does not manage it";
				return "is not loaded into the shadow: that extension can reach the "
				       "network, the server's files or an untrusted language";
			}
		return NULL;
	}
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		if (names_the_runner(stmt->create_policy_stmt->roles, stmt->create_policy_stmt->n_roles)) {
			*hint = RUNNER_HINT;
			return RUNNER_WHY;
		}
		return NULL;
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
		if (names_the_runner(stmt->alter_policy_stmt->roles, stmt->alter_policy_stmt->n_roles)) {
			*hint = RUNNER_HINT;
			return RUNNER_WHY;
		}
		return NULL;
	case PG_QUERY__NODE__NODE_GRANT_STMT:
		if (names_the_runner(stmt->grant_stmt->grantees, stmt->grant_stmt->n_grantees)) {
			*hint = RUNNER_HINT;
			return RUNNER_WHY;
		}
		return NULL;
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		if (stmt->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) {
			*tag = "CREATE MATERIALIZED VIEW";
			return NULL;
		}
		*tag = "CREATE TABLE AS";
		*hint = "write CREATE TABLE with the columns instead";
		return DATA_WHY;
	default:
		break;
	}
	if (!strcmp(*tag, "statement")) {
		/* name it as libpg_query does, e.g. "CreateEventTrigStmt" */
		const ProtobufCFieldDescriptor *f = protobuf_c_message_descriptor_get_field(
			&pg_query__node__descriptor, (unsigned)stmt->node_case);
		if (f && f->descriptor)
			*tag = ((const ProtobufCMessageDescriptor *)f->descriptor)->short_name;
		*hint = "desired-state files hold CREATE statements for schema objects";
		return "is not supported in desired-state files";
	}
	return NULL;
}

/* The boolean or string a function option holds ("leakproof", "language") */
static const PgQuery__DefElem *function_option(PgQuery__Node *const *opts, size_t n,
						const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (opts[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    !strcmp(opts[i]->def_elem->defname, name))
			return opts[i]->def_elem;
	return NULL;
}

static bool option_true(const PgQuery__DefElem *d)
{
	return d && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN &&
	       d->arg->boolean->boolval;
}

bool statement_needs_superuser(const PgQuery__Node *stmt)
{
	if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT)
		return true;
	if (stmt->node_case == PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT) {
		const PgQuery__AlterFunctionStmt *af = stmt->alter_function_stmt;
		return option_true(function_option(af->actions, af->n_actions, "leakproof"));
	}
	if (stmt->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
		return false;
	const PgQuery__CreateFunctionStmt *cf = stmt->create_function_stmt;
	if (!option_true(function_option(cf->options, cf->n_options, "leakproof")))
		return false;
	/* made by a superuser, a C function's library is loaded at once */
	const PgQuery__DefElem *lang = function_option(cf->options, cf->n_options, "language");
	const char *name = lang && lang->arg && lang->arg->node_case == PG_QUERY__NODE__NODE_STRING
				   ? lang->arg->string->sval
				   : "";
	return strcasecmp(name, "c") && strcasecmp(name, "internal");
}
