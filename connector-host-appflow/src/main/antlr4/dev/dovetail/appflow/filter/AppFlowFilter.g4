/*
 * The filter expressions Amazon AppFlow sends in QueryData requests, e.g.
 *   accountId = "1234" and createdAt between 2021-01-01T00:00:00Z and 2021-02-01T00:00:00Z LIMIT 100
 *
 * Precedence: NOT binds tighter than AND, AND tighter than OR. A condition is always
 * "field operator value". Keywords are case-insensitive; literals are not.
 *
 * The lexer never fails: characters it does not know become UNKNOWN tokens and strings without a
 * closing quote UNTERMINATED_STRING tokens, which no parser rule accepts, so that every mistake is
 * reported by FilterSyntaxErrors with its column. Values (dates, escapes, numbers) are checked where
 * the tree is turned into a predicate, FilterTreeReader.
 */
grammar AppFlowFilter;

filter
    : orExpression? limitClause? EOF
    ;

limitClause
    : LIMIT count=INTEGER
    ;

orExpression
    : andExpression (OR andExpression)*
    ;

andExpression
    : notExpression (AND notExpression)*
    ;

notExpression
    : NOT notExpression                                  #negation
    | primary                                            #operand
    ;

primary
    : LPAREN orExpression RPAREN                         #group
    | constant=(TRUE | FALSE)                            #constant
    | field=IDENTIFIER condition                         #test
    ;

condition
    : comparator value                                   #comparison
    | CONTAINS value                                     #containment
    | BETWEEN lower=value AND upper=value                #range
    | IN LPAREN value (COMMA value)* RPAREN              #membership
    ;

comparator
    : operator=(EQ | NE | LT | LE | GT | GE)
    ;

value
    : literal=(STRING | INTEGER | DECIMAL | DATE | DATETIME | TRUE | FALSE | NULL)
    ;

AND      : A N D ;
OR       : O R ;
NOT      : N O T ;
TRUE     : T R U E ;
FALSE    : F A L S E ;
NULL     : N U L L ;
CONTAINS : C O N T A I N S ;
BETWEEN  : B E T W E E N ;
IN       : I N ;
LIMIT    : L I M I T ;

EQ       : '=' ;
NE       : '!=' ;
LE       : '<=' ;
LT       : '<' ;
GE       : '>=' ;
GT       : '>' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
COMMA    : ',' ;

// 2021-04-20T10:30:35Z, with optional seconds, fraction and a Z or +hh:mm / -hh:mm offset (none: UTC).
DATETIME : DATE_PART 'T' DIGIT DIGIT ':' DIGIT DIGIT (':' DIGIT DIGIT ('.' DIGIT+)?)? ('Z' | [+-] DIGIT DIGIT ':' DIGIT DIGIT)? ;
DATE     : DATE_PART ;
DECIMAL  : '-'? DIGIT+ '.' DIGIT+ ;
INTEGER  : '-'? DIGIT+ ;

IDENTIFIER : [a-zA-Z] [A-Za-z0-9_.\-]* ;

// Any character may follow a backslash here; FilterLiterals accepts only the known escapes.
STRING
    : '\'' (~['\\] | '\\' .)* '\''
    | '"' (~["\\] | '\\' .)* '"'
    ;

// Longest match: a string that is closed is a STRING; this only matches when the closing quote is missing.
UNTERMINATED_STRING
    : '\'' (~['\\] | '\\' .)* '\\'?
    | '"' (~["\\] | '\\' .)* '\\'?
    ;

WS       : [ \t\r\n\f]+ -> skip ;

UNKNOWN  : . ;

fragment DATE_PART : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
fragment DIGIT : [0-9] ;
fragment A : [aA] ;
fragment B : [bB] ;
fragment C : [cC] ;
fragment D : [dD] ;
fragment E : [eE] ;
fragment F : [fF] ;
fragment I : [iI] ;
fragment L : [lL] ;
fragment M : [mM] ;
fragment N : [nN] ;
fragment O : [oO] ;
fragment R : [rR] ;
fragment S : [sS] ;
fragment T : [tT] ;
fragment U : [uU] ;
fragment W : [wW] ;
