import type { ExerciseTemplate } from '../exercise-template.ts';
import { dataTypesCode, inputOutputReceipt, variablesPacking } from './basics.ts';
import { conditionalsPrice, forLoopsMultiples, whileLoopsSavings } from './control-flow.ts';
import { dictionariesVotes, listComprehensionsPick, listsRunning } from './data-structures.ts';
import { handlingExceptionsParse, raisingExceptionsValidate, understandingExceptionsName } from './errors.ts';
import { csvAndJsonTotals, readingFilesTotal, writingFilesList } from './files.ts';
import { definingFunctionsMeasure, parametersAndReturnsTop, scopeAndLambdasSort } from './functions.ts';
import { collectionsAndDatetimeDays, importingModulesLetters, mathAndRandomFractions } from './libraries.ts';
import { classesAndObjectsStore, inheritanceOverride } from './oop.ts';
import { specialMethodsValue } from './special-methods.ts';

/** Every exercise template: one per curriculum topic (so three per module), in curriculum order. */
export const TEMPLATES: readonly ExerciseTemplate[] = [
  variablesPacking,
  dataTypesCode,
  inputOutputReceipt,
  conditionalsPrice,
  forLoopsMultiples,
  whileLoopsSavings,
  listsRunning,
  dictionariesVotes,
  listComprehensionsPick,
  definingFunctionsMeasure,
  parametersAndReturnsTop,
  scopeAndLambdasSort,
  classesAndObjectsStore,
  inheritanceOverride,
  specialMethodsValue,
  readingFilesTotal,
  writingFilesList,
  csvAndJsonTotals,
  understandingExceptionsName,
  handlingExceptionsParse,
  raisingExceptionsValidate,
  importingModulesLetters,
  mathAndRandomFractions,
  collectionsAndDatetimeDays,
];
